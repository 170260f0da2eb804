import type { Table } from '../lib/csvTable'
import type { PublicPage } from '../shape/publicPageShape'

import {
  ASSESSMENT_COLUMNS,
  BUDGET_OUTCOME_COLUMNS,
  followUpTables,
} from '../followUp/followUpOpenData'

/** The licence open data is published under unless the site settings say otherwise. */
export const DEFAULT_LICENCE = {
  name: 'CC0 1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
}

/** The open-data tables of a page, by name. */
export const OPEN_DATA_TABLES = [
  'goals',
  'indicator-series',
  'initiatives',
  'savings-measures',
  'changes',
  'budget-lines',
  'assessments',
  'budget-outcomes',
] as const

/** One of the open-data tables. */
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number]

const GOAL_COLUMNS = [
  'plan_year',
  'goal_id',
  'goal_title',
  'goal_status',
  'focus_areas',
  'indicator_name',
  'kpi_id',
  'unit',
  'direction',
  'baseline_value',
  'baseline_year',
  'target_value',
  'target_year',
  'latest_value',
  'latest_year',
  'national_average_value',
  'national_average_year',
  'source',
  'indicator_status',
  'indicator_explanation',
] as const

/** The columns of the budget-lines table (also described in the Fiscal Data Package). */
export const BUDGET_LINE_COLUMNS = [
  'fiscal_year',
  'committee',
  'kind',
  'direction',
  'amount_sek',
  'previous_amount_sek',
  'note',
] as const

const CHANGE_COLUMNS = ['plan_year', 'since', 'kind', 'subject', 'before', 'after', 'text'] as const

const SERIES_COLUMNS = [
  'plan_year',
  'goal_id',
  'indicator_name',
  'kpi_id',
  'year',
  'value',
  'value_women',
  'value_men',
  'national',
  'comparison_group',
  'preliminary',
  'value_source',
] as const

const INITIATIVE_COLUMNS = [
  'plan_year',
  'initiative_id',
  'title',
  'status',
  'progress_percent',
  'start_date',
  'end_date',
  'responsible_committee',
  'goals',
  'focus_areas',
  'places',
] as const

const SAVINGS_COLUMNS = [
  'plan_year',
  'measure_id',
  'title',
  'category',
  'estimated_annual_savings_sek',
  'status',
] as const

const list = (values: string[]): string => values.join(' | ')
const day = (iso: null | string): null | string => (iso ? iso.slice(0, 10) : null)

/**
 * The goals (one row per indicator), the indicators' series (one row per indicator and year),
 * initiatives, savings measures, changes, budget lines and the published follow-up reports'
 * assessments and outcomes of a page as flat tables.
 */
export const openDataTables = (page: PublicPage): Record<OpenDataTable, Table> => {
  const areaTitle = new Map(page.focusAreas.map((a) => [a.id, a.title]))
  const followUps = page.followUpReports.map(followUpTables)
  return {
    goals: {
      columns: GOAL_COLUMNS,
      rows: page.goals.flatMap((g) => {
        const head = [
          page.year,
          g.id,
          g.title,
          g.status,
          list(g.focusAreaIds.map((id) => areaTitle.get(id) ?? id)),
        ]
        if (g.indicators.length === 0)
          return [[...head, ...GOAL_COLUMNS.slice(head.length).map(() => null)]]
        return g.indicators.map((i) => [
          ...head,
          i.name,
          i.kpiId,
          i.unit,
          i.direction,
          i.baseline.value,
          i.baseline.year,
          i.target.value,
          i.target.year,
          i.latest.value,
          i.latest.year,
          i.nationalAverage.value,
          i.nationalAverage.year,
          i.source,
          i.status,
          i.explanation,
        ])
      }),
    },
    'indicator-series': {
      columns: SERIES_COLUMNS,
      rows: page.goals.flatMap((g) =>
        g.indicators.flatMap((i) =>
          i.series.map((p) => [
            page.year,
            g.id,
            i.name,
            i.kpiId,
            p.year,
            p.value,
            p.valueWomen,
            p.valueMen,
            p.national,
            p.group,
            p.preliminary ? 'ja' : 'nej',
            // Kolada's figures are Kolada's; an editor's own are not to be presented as Kolada's.
            p.source === 'manual' ? 'egen uppgift' : 'Kolada',
          ]),
        ),
      ),
    },
    // The plan's published follow-up reports, every one (each row names its report).
    assessments: {
      columns: ASSESSMENT_COLUMNS,
      rows: followUps.flatMap((tables) => tables.assessments.rows),
    },
    'budget-outcomes': {
      columns: BUDGET_OUTCOME_COLUMNS,
      rows: followUps.flatMap((tables) => tables['budget-outcomes'].rows),
    },
    'budget-lines': {
      columns: BUDGET_LINE_COLUMNS,
      rows: (page.budget?.lines ?? []).map((l) => [
        page.year,
        l.committee,
        l.kind,
        l.income ? 'revenue' : 'expenditure',
        l.income ? Math.abs(l.amount) : l.amount,
        l.previousAmount === null ? null : l.income ? Math.abs(l.previousAmount) : l.previousAmount,
        l.note,
      ]),
    },
    changes: {
      columns: CHANGE_COLUMNS,
      rows: [page.changesSincePrevious, page.changesSinceDecision].flatMap((list) =>
        (list?.changes ?? []).map((c) => [
          page.year,
          list?.since ?? null,
          c.kind,
          c.subject,
          c.before,
          c.after,
          c.text,
        ]),
      ),
    },
    initiatives: {
      columns: INITIATIVE_COLUMNS,
      rows: page.initiatives.map((i) => [
        page.year,
        i.id,
        i.title,
        i.status,
        i.progress,
        day(i.startDate),
        day(i.endDate),
        i.responsibleCommittee,
        list(i.goals.map((g) => g.title)),
        list(i.focusAreas.map((a) => a.title)),
        list(i.places.map((p) => p.name)),
      ]),
    },
    'savings-measures': {
      columns: SAVINGS_COLUMNS,
      rows: page.savingsMeasures.map((s) => [
        page.year,
        s.id,
        s.title,
        s.category,
        s.estimatedAnnualSavings,
        s.status,
      ]),
    },
  }
}
