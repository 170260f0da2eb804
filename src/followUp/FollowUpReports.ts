import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isStaff } from '../access/isStaff'
import { CONTENT_GROUP } from '../collections/publicContent'
import { planField } from '../fields/planField'
import { assessedSoFar } from './assessedSoFar'
import { REPORT_KIND_OPTIONS } from '../lib/followUpOptions'
import { outcomeImportEndpoint } from './importOutcomes'
import {
  deleteAssessmentsOfReport,
  fillReportFromPlan,
  openAssessments,
  publishAssessmentsWithReport,
} from './reportHooks'

const thousands = { en: 'thousand SEK (tkr)', sv: 'tkr' }

/**
 * A follow-up of a plan — an interim report, the annual report, or another period the
 * municipality names — with the assessment of every goal (`goal-assessments`), the state of each
 * initiative and savings measure at the period end, and each committee's outcome against its
 * budget. Reviewed like any public content; published as a whole with its assessments.
 */
export const createFollowUpReportsCollection = (options: SanitizedOptions): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.followUpReports,
    admin: {
      defaultColumns: ['title', 'plan', 'kind', 'periodEnd', '_status', 'reviewState'],
      description: {
        en: 'Interim and annual reports: each goal assessed, outcome against budget ("Så gick det").',
        sv: 'Delårsrapport och årsredovisning: varje mål bedömt, utfall mot budget ("Så gick det").',
      },
      group: CONTENT_GROUP,
      useAsTitle: 'title',
    },
    defaultSort: '-periodEnd',
    endpoints: [outcomeImportEndpoint()],
    fields: [
      {
        name: 'title',
        type: 'text',
        admin: {
          description: {
            en: 'Left empty: the kind and the period, e.g. "Årsredovisning 2021".',
            sv: 'Tomt: rapportens slag och period, t.ex. "Årsredovisning 2021".',
          },
        },
        label: { en: 'Title', sv: 'Rubrik' },
        localized: true,
        maxLength: 200,
      },
      {
        name: 'kind',
        type: 'select',
        label: { en: 'Kind', sv: 'Slag' },
        options: REPORT_KIND_OPTIONS.map((o) => ({ ...o })),
        required: true,
      },
      {
        name: 'periodName',
        type: 'text',
        admin: {
          condition: (_, sibling) => sibling?.kind === 'period',
          description: { en: 'E.g. Tertialrapport 1', sv: 'T.ex. Tertialrapport 1' },
        },
        label: { en: 'Name of the period', sv: 'Periodens namn' },
        maxLength: 100,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'periodEnd',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly' } },
            label: { en: 'Period end', sv: 'Periodens slut' },
            required: true,
          },
          {
            name: 'deadline',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayOnly' } },
            label: { en: 'Assessments due', sv: 'Bedömningar senast' },
          },
        ],
      },
      {
        name: 'summary',
        type: 'textarea',
        label: { en: 'Summary', sv: 'Sammanfattning' },
        localized: true,
        maxLength: 4000,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'budgetedResult',
            type: 'number',
            admin: { description: thousands },
            label: { en: 'Budgeted result', sv: 'Budgeterat resultat' },
          },
          {
            name: 'result',
            type: 'number',
            admin: { description: thousands },
            label: { en: 'Result (outcome or forecast)', sv: 'Resultat (utfall eller prognos)' },
          },
        ],
      },
      {
        name: 'initiatives',
        type: 'array',
        admin: {
          description: {
            en: "Each initiative's state and progress at the period end.",
            sv: 'Varje insats läge och framsteg vid periodens slut.',
          },
        },
        fields: [
          {
            name: 'initiative',
            type: 'relationship',
            label: { en: 'Initiative', sv: 'Insats' },
            relationTo: slugs.initiatives,
            required: true,
          },
          {
            type: 'row',
            fields: [
              {
                name: 'state',
                type: 'text',
                label: { en: 'State', sv: 'Läge' },
                maxLength: 40,
              },
              {
                name: 'progress',
                type: 'number',
                label: { en: 'Progress (%)', sv: 'Framsteg (%)' },
                max: 100,
                min: 0,
              },
            ],
          },
          {
            name: 'comment',
            type: 'textarea',
            label: { en: 'Comment', sv: 'Kommentar' },
            localized: true,
            maxLength: 2000,
          },
        ],
        label: { en: 'Initiatives', sv: 'Insatser' },
        maxRows: 500,
      },
      {
        name: 'savings',
        type: 'array',
        fields: [
          {
            name: 'measure',
            type: 'relationship',
            label: { en: 'Savings measure', sv: 'Besparingsåtgärd' },
            relationTo: slugs.savingsMeasures,
            required: true,
          },
          {
            type: 'row',
            fields: [
              {
                name: 'planned',
                type: 'number',
                label: { en: 'Planned (SEK)', sv: 'Planerat (kr)' },
              },
              {
                name: 'realised',
                type: 'number',
                label: { en: 'Realised (SEK)', sv: 'Genomfört (kr)' },
                min: 0,
              },
            ],
          },
        ],
        label: { en: 'Savings measures', sv: 'Besparingsåtgärder' },
        maxRows: 500,
      },
      {
        name: 'outcomeImport',
        type: 'ui',
        admin: { components: { Field: 'mal-och-budget/admin#OutcomeImport' } },
      },
      {
        name: 'outcomes',
        type: 'array',
        admin: {
          description: {
            en: "Each committee's outcome and, in an interim report, its forecast for the year, against the budget (tkr).",
            sv: 'Varje nämnds utfall och, i en delårsrapport, prognos för året, mot budget (tkr).',
          },
        },
        fields: [
          {
            name: 'committee',
            type: 'text',
            label: { en: 'Committee', sv: 'Nämnd' },
            maxLength: 200,
            required: true,
          },
          {
            name: 'kind',
            type: 'select',
            defaultValue: 'drift',
            label: { en: 'Kind', sv: 'Typ' },
            options: [
              { label: { en: 'Operating', sv: 'Drift' }, value: 'drift' },
              { label: { en: 'Investment', sv: 'Investering' }, value: 'investering' },
            ],
            required: true,
          },
          {
            type: 'row',
            fields: [
              { name: 'budget', type: 'number', label: { en: 'Budget', sv: 'Budget' } },
              { name: 'outcome', type: 'number', label: { en: 'Outcome', sv: 'Utfall' } },
              { name: 'forecast', type: 'number', label: { en: 'Forecast', sv: 'Prognos' } },
            ],
          },
          {
            name: 'comment',
            type: 'textarea',
            label: { en: 'Comment', sv: 'Kommentar' },
            localized: true,
            maxLength: 2000,
          },
        ],
        label: { en: 'Outcome per committee', sv: 'Utfall per nämnd' },
        maxRows: 200,
      },
      {
        name: 'assessed',
        type: 'text',
        access: { read: isStaff },
        admin: {
          description: {
            en: 'Goals assessed so far, and those still missing.',
            sv: 'Mål som bedömts hittills, och de som saknas.',
          },
          position: 'sidebar',
          readOnly: true,
        },
        hooks: { afterRead: [assessedSoFar] },
        label: { en: 'Assessed', sv: 'Bedömda' },
        virtual: true,
      },
      {
        // The deadline a reminder went out for (the daily reminder sends one per deadline).
        name: 'reminderSentFor',
        type: 'text',
        access: { read: isStaff, update: () => false },
        admin: { hidden: true },
      },
      planField(slugs),
    ],
    hooks: {
      afterChange: [openAssessments, publishAssessmentsWithReport],
      afterDelete: [deleteAssessmentsOfReport],
      beforeChange: [fillReportFromPlan],
    },
    labels: {
      plural: { en: 'Follow-up reports', sv: 'Uppföljningar' },
      singular: { en: 'Follow-up report', sv: 'Uppföljning' },
    },
  }
}
