import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { CONTENT_GROUP } from '../collections/publicContent'
import { ASSESSMENT_OPTIONS } from '../lib/followUpOptions'
import { keepAssessmentWithReport, requireReasonForDeviation } from './assessmentRules'

/**
 * One goal's assessment in one follow-up report: met, partly, not met or cannot be assessed (in an
 * interim report: will be), the analysis, who answers for it, the figures as they stood at the
 * period end and what they suggested. Saved only as drafts; it is published with its report.
 */
export const createGoalAssessmentsCollection = (options: SanitizedOptions): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.goalAssessments,
    access: {
      create: isStaff,
      delete: isAdmin,
      read: publishedOrStaff,
      readVersions: isStaff,
      update: isStaff,
    },
    admin: {
      defaultColumns: ['goal', 'report', 'assessment', 'suggested', 'responsible', '_status'],
      description: {
        en: 'Each goal assessed in a follow-up report; published with the report.',
        sv: 'Varje mål bedömt i en uppföljning; publiceras med rapporten.',
      },
      group: CONTENT_GROUP,
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'report',
            type: 'relationship',
            index: true,
            label: { en: 'Report', sv: 'Uppföljning' },
            relationTo: slugs.followUpReports,
            required: true,
          },
          {
            name: 'goal',
            type: 'relationship',
            index: true,
            label: { en: 'Goal', sv: 'Mål' },
            relationTo: slugs.goals,
            required: true,
          },
        ],
      },
      {
        name: 'assessment',
        type: 'select',
        label: { en: 'Assessment', sv: 'Bedömning' },
        options: ASSESSMENT_OPTIONS,
      },
      {
        name: 'analysis',
        type: 'textarea',
        label: { en: 'Analysis', sv: 'Analys' },
        localized: true,
        maxLength: 6000,
      },
      {
        name: 'reason',
        type: 'textarea',
        admin: {
          description: {
            en: 'Needed when the assessment differs from what the figures suggest.',
            sv: 'Krävs när bedömningen skiljer sig från vad indikatorerna pekar på.',
          },
        },
        label: {
          en: 'Why it differs from the figures',
          sv: 'Varför den skiljer sig från indikatorerna',
        },
        maxLength: 2000,
      },
      {
        name: 'suggested',
        type: 'select',
        admin: {
          description: {
            en: "What the indicators' figures at the period end suggest.",
            sv: 'Vad indikatorernas värden vid periodens slut pekar på.',
          },
          position: 'sidebar',
          readOnly: true,
        },
        label: { en: 'The figures suggest', sv: 'Indikatorerna pekar på' },
        options: ASSESSMENT_OPTIONS,
      },
      {
        name: 'responsible',
        type: 'relationship',
        // Who answers for an assessment is the staff's business, not the public's.
        access: { read: isStaff },
        admin: { position: 'sidebar' },
        label: { en: 'Responsible', sv: 'Ansvarig' },
        relationTo: slugs.users,
      },
      {
        name: 'figures',
        type: 'json',
        admin: {
          description: {
            en: 'The indicators as they stood at the period end (kept; later imports do not change it).',
            sv: 'Indikatorerna som de såg ut vid periodens slut (sparas; senare importer ändrar inget).',
          },
          readOnly: true,
        },
        label: { en: 'Figures at the period end', sv: 'Värden vid periodens slut' },
      },
    ],
    hooks: {
      beforeChange: [requireReasonForDeviation],
      beforeOperation: [keepAssessmentWithReport],
    },
    labels: {
      plural: { en: 'Goal assessments', sv: 'Målbedömningar' },
      singular: { en: 'Goal assessment', sv: 'Målbedömning' },
    },
    versions: { drafts: true, maxPerDoc: 20 },
  }
}
