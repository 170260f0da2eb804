import type { PublicPage } from '../shape/publicPageShape'

import { followUpTables } from '../followUp/followUpOpenData'
import { BUDGET_LINE_COLUMNS } from './openData'

/**
 * The report whose outcomes are the plan's `executed` phase: the latest annual report with
 * outcomes, else the latest report with outcomes (an interim one: the outcome so far).
 */
const executedReport = (page: PublicPage) => {
  const withOutcomes = page.followUpReports.filter((r) =>
    r.outcomes.some((o) => o.outcome !== null),
  )
  return withOutcomes.find((r) => r.report.wording === 'annual') ?? withOutcomes[0]
}

/**
 * The plan's budget lines described as a Fiscal Data Package (Frictionless): one tabular resource —
 * the `budget-lines` CSV of the open data — with its Table Schema, and the fiscal model: the amount
 * in SEK (direction per row, phase approved once the council decided the plan, else proposed), the
 * committee as the administrative classification, the kind (drift/investering) as the economic one,
 * and the fiscal year. With a published follow-up report that has outcomes, a second resource — its
 * `budget-outcomes` CSV — carries the `executed` phase (thousands of kronor: factor 1000) and the
 * forecast as `adjusted`. The profile value is the one the published JSON Schema requires.
 */
export const fiscalDataPackage = (page: PublicPage) => {
  const executed = executedReport(page)
  return {
    countryCode: 'SE',
    fiscalPeriod: { end: `${page.year}-12-31`, start: `${page.year}-01-01` },
    granularity: 'aggregated',
    licenses: [
      {
        // The profile wants a name of letters, digits, ".", "_" and "-" (an SPDX id such as CC0-1.0).
        name: page.openData.licence.replace(/[^-a-zA-Z0-9._]+/g, '-'),
        title: page.openData.licence,
        ...(page.openData.licenceUrl ? { path: page.openData.licenceUrl } : {}),
      },
    ],
    model: {
      dimensions: {
        administrative_classification: {
          attributes: { committee: { source: 'committee' } },
          classificationType: 'administrative',
          dimensionType: 'classification',
          primaryKey: 'committee',
        },
        direction: {
          attributes: { direction: { source: 'direction' } },
          dimensionType: 'other',
          primaryKey: 'direction',
        },
        economic_classification: {
          attributes: { kind: { source: 'kind' } },
          classificationType: 'economic',
          dimensionType: 'classification',
          primaryKey: 'kind',
        },
        fiscal_period: {
          attributes: { fiscal_year: { source: 'fiscal_year' } },
          dimensionType: 'datetime',
          primaryKey: 'fiscal_year',
        },
      },
      measures: {
        amount: {
          currency: 'SEK',
          phase: page.decision ? 'approved' : 'proposed',
          resource: 'budget-lines',
          source: 'amount_sek',
        },
        previous_amount: {
          currency: 'SEK',
          phase: 'approved',
          resource: 'budget-lines',
          source: 'previous_amount_sek',
        },
        ...(executed
          ? {
              executed: {
                currency: 'SEK',
                factor: 1000,
                phase: 'executed',
                resource: 'budget-outcomes',
                source: 'outcome_tkr',
              },
              forecast: {
                currency: 'SEK',
                factor: 1000,
                phase: 'adjusted',
                resource: 'budget-outcomes',
                source: 'forecast_tkr',
              },
            }
          : {}),
      },
    },
    name: `${page.slug}-budget`,
    profile: 'tabular-data-package',
    resources: [
      {
        dialect: { delimiter: ';', doubleQuote: true, header: true },
        encoding: 'utf-8-sig',
        format: 'csv',
        mediatype: 'text/csv',
        name: 'budget-lines',
        // Relative to the descriptor's own address (…/plans/2021/datapackage.json).
        path: 'open-data.csv?table=budget-lines',
        profile: 'tabular-data-resource',
        schema: {
          fields: BUDGET_LINE_COLUMNS.map((name) =>
            name === 'fiscal_year'
              ? { name, type: 'year' }
              : name === 'amount_sek' || name === 'previous_amount_sek'
                ? { name, type: 'integer' }
                : name === 'direction'
                  ? { constraints: { enum: ['expenditure', 'revenue'] }, name, type: 'string' }
                  : name === 'kind'
                    ? { constraints: { enum: ['drift', 'investering'] }, name, type: 'string' }
                    : { name, type: 'string' },
          ),
        },
        title: `Budget per nämnd ${page.year}`,
      },
      ...(executed
        ? [
            {
              dialect: { delimiter: ';', doubleQuote: true, header: true },
              encoding: 'utf-8-sig',
              format: 'csv',
              mediatype: 'text/csv',
              name: 'budget-outcomes',
              path: `follow-up/open-data.csv?table=budget-outcomes&report=${executed.report.id}`,
              profile: 'tabular-data-resource',
              schema: {
                fields: followUpTables(executed)['budget-outcomes'].columns.map((name) =>
                  name === 'plan_year'
                    ? { name, type: 'year' }
                    : name === 'period_end'
                      ? { name, type: 'date' }
                      : name.endsWith('_tkr') || name === 'deviation_percent'
                        ? { name, type: 'number' }
                        : name === 'kind'
                          ? {
                              constraints: { enum: ['drift', 'investering'] },
                              name,
                              type: 'string',
                            }
                          : { name, type: 'string' },
                ),
              },
              title: `Utfall mot budget per nämnd: ${executed.report.title}`,
            },
          ]
        : []),
    ],
    title: `${page.title} – budget per nämnd (${page.organisation})`,
  }
}
