import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { PLAN_YEARS, planYearProblem } from '../../lib/planYear'
import { isStaff } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { easyReadField } from '../../fields/easyReadField'
import { slugField } from '../../fields/slugField'
import { previousEditionField } from '../../fields/previousEditionField'
import { keepStoredFields } from '../../hooks/publicChange/stampPageUpdated'
import { dropUnpublishedRelations } from '../../hooks/dropUnpublishedRelations'
import { refuseDeleteWhileReferenced } from '../../hooks/refuseDeleteWhileReferenced'
import { CONTENT_GROUP } from '../publicContent'
import { planPreview } from '../planPreview'
import type { CollectionParts } from '../parts'
import { sectionFields } from './sectionFields'
import { virtualFields } from './virtualFields'
import { CHECK_IN_DRAFTS } from '../../hooks/refuseInvalidValues'

const dateOnly = { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' as const } }

/** One "Mål och budget" per year: the page a municipality publishes about its goals and budget. */
export const createBudgetPlansCollection = (
  options: SanitizedOptions,
  parts: CollectionParts = {},
): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.budgetPlans,
    access: { create: isStaff, delete: isAdmin, read: publishedOrStaff, update: isStaff },
    admin: {
      defaultColumns: ['title', 'year', '_status', 'reviewState', 'pageUpdatedAt', 'pageOwner'],
      description: {
        en: "The municipality's goals and budget, one page per year.",
        sv: 'Kommunens mål och budget, en sida per år.',
      },
      group: CONTENT_GROUP,
      livePreview: planPreview(options, 'own'),
      useAsTitle: 'title',
    },
    defaultSort: '-year',
    endpoints: parts.endpoints ?? [],
    fields: [
      {
        type: 'tabs',
        tabs: [
          {
            fields: [
              {
                name: 'title',
                type: 'text',
                label: { en: 'Title', sv: 'Rubrik' },
                localized: true,
                maxLength: 200,
                required: true,
              },
              {
                name: 'subtitle',
                type: 'text',
                label: { en: 'Subtitle', sv: 'Underrubrik' },
                localized: true,
                maxLength: 200,
              },
              {
                name: 'governingParties',
                type: 'array',
                admin: {
                  components: {
                    RowLabel: {
                      clientProps: { fallback: 'Parti', parts: ['name', 'abbreviation'] },
                      path: 'mal-och-budget/admin#NamedRowLabel',
                    },
                  },
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'name',
                        type: 'text',
                        label: { en: 'Party', sv: 'Parti' },
                        maxLength: 100,
                        required: true,
                      },
                      {
                        name: 'abbreviation',
                        type: 'text',
                        label: { en: 'Abbreviation', sv: 'Förkortning' },
                        maxLength: 10,
                      },
                    ],
                  },
                ],
                label: { en: 'Governing parties', sv: 'Styrande partier' },
                labels: {
                  plural: { en: 'Parties', sv: 'Partier' },
                  singular: { en: 'Party', sv: 'Parti' },
                },
                maxRows: 12,
              },
              {
                name: 'vision',
                type: 'text',
                label: { en: 'Vision', sv: 'Vision' },
                localized: true,
                maxLength: 300,
              },
              easyReadField({
                en: 'The plan in easy Swedish: what the municipality wants and does, in short sentences (LIX at most 30, at most 15 words a sentence). Published as the easy-to-read page, with the goals’ own easy texts.',
                sv: 'Planen på lättläst svenska: vad kommunen vill och gör, i korta meningar (LIX högst 30, högst 15 ord per mening). Publiceras som den lättlästa sidan, med målens egna lättlästa texter.',
              }),
              ...sectionFields(),
            ],
            label: { en: 'Content', sv: 'Innehåll' },
          },
          {
            fields: [
              {
                name: 'focusAreas',
                type: 'relationship',
                hasMany: true,
                label: {
                  en: 'Focus areas (in page order)',
                  sv: 'Fokusområden (i sidans ordning)',
                },
                relationTo: slugs.focusAreas,
              },
              {
                name: 'goals',
                type: 'join',
                collection: slugs.goals,
                label: { en: 'Goals', sv: 'Mål' },
                on: 'plan',
              },
              {
                name: 'initiatives',
                type: 'join',
                collection: slugs.initiatives,
                label: { en: 'Initiatives', sv: 'Insatser' },
                on: 'plan',
              },
              {
                name: 'savingsMeasures',
                type: 'join',
                collection: slugs.savingsMeasures,
                label: { en: 'Savings measures', sv: 'Besparingsåtgärder' },
                on: 'plan',
              },
            ],
            label: { en: 'Goals and initiatives', sv: 'Mål och insatser' },
          },
          {
            fields: [
              {
                name: 'heroImage',
                type: 'upload',
                label: { en: 'Image', sv: 'Bild' },
                relationTo: slugs.media,
              },
              {
                name: 'fullDocument',
                type: 'group',
                fields: [
                  {
                    name: 'file',
                    type: 'upload',
                    label: { en: 'PDF document', sv: 'PDF-dokument' },
                    relationTo: slugs.documents,
                  },
                  {
                    name: 'linkText',
                    type: 'text',
                    label: { en: 'Link text', sv: 'Länktext' },
                    localized: true,
                    maxLength: 300,
                  },
                ],
                label: { en: 'Full budget document', sv: 'Hela mål- och budgetdokumentet' },
              },
              {
                name: 'councilDecision',
                type: 'group',
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'date',
                        type: 'date',
                        admin: dateOnly,
                        label: { en: 'Date', sv: 'Datum' },
                      },
                      {
                        name: 'paragraph',
                        type: 'text',
                        label: { en: 'Paragraph (§)', sv: 'Paragraf (§)' },
                        maxLength: 20,
                      },
                      {
                        name: 'diaryNumber',
                        type: 'text',
                        label: { en: 'Reference number', sv: 'Diarienummer' },
                        maxLength: 60,
                      },
                    ],
                  },
                ],
                label: { en: 'Council decision', sv: 'Beslut i kommunfullmäktige' },
              },
            ],
            label: { en: 'Documents and decision', sv: 'Dokument och beslut' },
          },
          // The budget's own fields (the budget feature).
          ...(parts.fields?.length
            ? [{ fields: parts.fields, label: { en: 'Budget', sv: 'Budget' } }]
            : []),
        ],
      },
      {
        name: 'year',
        type: 'number',
        admin: { position: 'sidebar' },
        custom: { [CHECK_IN_DRAFTS]: true },
        index: true,
        label: { en: 'Year', sv: 'År' },
        max: PLAN_YEARS.last,
        min: PLAN_YEARS.first,
        required: true,
        unique: true,
        validate: (value: null | number | undefined) => planYearProblem(value) ?? true,
      },
      slugField(),
      previousEditionField(slugs.budgetPlans),
      // The editions' actions (next year's plan, the decided version).
      ...(parts.sidebar ?? []),
      {
        name: 'pageOwner',
        type: 'relationship',
        // The page owner reads the page's feedback (names, e-mail addresses): only admins assign it.
        access: { create: isAdminField, read: isStaff, update: isAdminField },
        admin: {
          description: {
            en: 'Receives the feedback and review reminders of the page. Set by an admin.',
            sv: 'Får sidans synpunkter och granskningspåminnelser. Anges av en administratör.',
          },
          position: 'sidebar',
        },
        label: { en: 'Page owner', sv: 'Sidansvarig' },
        relationTo: slugs.users,
      },
      {
        name: 'reviewBy',
        type: 'date',
        access: { read: isStaff },
        admin: { ...dateOnly, position: 'sidebar' },
        label: { en: 'Review by', sv: 'Granskas senast' },
      },
      {
        name: 'pageUpdatedAt',
        type: 'date',
        admin: {
          description: {
            en: 'Set when a published change reaches the public page.',
            sv: 'Sätts när en publicerad ändring når den publika sidan.',
          },
          date: { displayFormat: 'yyyy-MM-dd' },
          position: 'sidebar',
          readOnly: true,
        },
        label: { en: 'Page updated', sv: 'Sida uppdaterad' },
      },
      {
        name: 'reviewReminderSentFor',
        type: 'date',
        access: { read: isStaff },
        admin: { hidden: true },
      },
      ...virtualFields(),
    ],
    hooks: {
      afterChange: parts.hooks?.afterChange ?? [],
      afterError: parts.hooks?.afterError ?? [],
      afterRead: [
        dropUnpublishedRelations([
          { path: 'focusAreas', relationTo: slugs.focusAreas },
          { path: 'heroImage', relationTo: slugs.media },
          { path: 'fullDocument.file', relationTo: slugs.documents },
          { path: 'previousEdition', relationTo: slugs.budgetPlans },
        ]),
      ],
      beforeChange: [
        keepStoredFields(['pageUpdatedAt', 'reviewReminderSentFor']),
        ...(parts.hooks?.beforeChange ?? []),
      ],
      beforeDelete: [
        refuseDeleteWhileReferenced([
          { collection: slugs.goals, field: 'plan', label: 'Mål / goals' },
          { collection: slugs.initiatives, field: 'plan', label: 'Insatser / initiatives' },
          {
            collection: slugs.savingsMeasures,
            field: 'plan',
            label: 'Besparingar / savings measures',
          },
          { collection: slugs.feedback, field: 'page', label: 'Synpunkter / feedback' },
          {
            collection: slugs.planDecisions,
            field: 'plan',
            label: 'Beslutad version / decided version',
          },
        ]),
      ],
    },
    labels: {
      plural: { en: 'Budget plans', sv: 'Mål och budget' },
      singular: { en: 'Budget plan', sv: 'Mål och budget' },
    },
  }
}
