import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../../options/types'

import { publicationFields } from '../../fields/publicationFields'
import { planOfDocument } from '../../hooks/publicChange/plansShowing'
import { focusAreasField } from '../../fields/focusAreasField'
import { orderField } from '../../fields/orderField'
import { planField } from '../../fields/planField'
import { previousEditionField } from '../../fields/previousEditionField'
import { dropUnpublishedRelations } from '../../hooks/dropUnpublishedRelations'
import { refuseDeleteWhileReferenced } from '../../hooks/refuseDeleteWhileReferenced'
import { publicVersions } from '../publicVersions'
import { CONTENT_GROUP, publicContentAccess, withPublishingHooks } from '../publicContent'
import { importFromKolada } from '../../indicators/importFromKoladaEndpoint'
import { statusFromFigures } from '../../indicators/statusFromFigures'
import { planPreview } from '../planPreview'
import { withReview } from '../../workflow/withReview'
import { workflowFields } from '../../workflow/workflowFields'
import { qualityPanelField } from '../../quality/qualityPanelField'
import { indicatorsField } from '../../indicators/indicatorsField'
import { GOAL_STATUS_OPTIONS } from '../../lib/statusOptions'

/** A goal of a plan, with the indicators it is followed up with. */
export const createGoalsCollection = (options: SanitizedOptions): CollectionConfig => {
  const { slugs } = options
  return withReview(
    {
      slug: slugs.goals,
      access: publicContentAccess,
      admin: {
        defaultColumns: ['title', 'plan', 'status', '_status', 'reviewState', 'updatedAt'],
        description: {
          en: 'Goals chosen where the municipality does worse than the national average.',
          sv: 'Mål som valts där kommunen har sämre resultat än riket.',
        },
        group: CONTENT_GROUP,
        livePreview: planPreview(options, 'of its plan'),
        useAsTitle: 'title',
      },
      defaultSort: 'order',
      endpoints: [importFromKolada()],
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { en: 'Goal', sv: 'Mål' },
          localized: true,
          maxLength: 300,
          required: true,
        },
        {
          name: 'description',
          type: 'textarea',
          label: { en: 'Description', sv: 'Beskrivning' },
          localized: true,
          maxLength: 4000,
        },
        {
          name: 'rationale',
          type: 'textarea',
          admin: {
            description: {
              en: 'Why the goal was chosen: where the municipality does worse than the national average.',
              sv: 'Varför målet valts: där kommunen har sämre resultat än riket.',
            },
          },
          label: { en: 'Why this goal', sv: 'Varför detta mål' },
          localized: true,
          maxLength: 4000,
        },
        indicatorsField(),
        planField(slugs),
        previousEditionField(slugs.goals),
        focusAreasField(slugs),
        {
          name: 'status',
          type: 'select',
          admin: {
            description: {
              en: "Computed from the indicators' figures (Kolada and own figures) whenever it is read.",
              sv: 'Beräknas från indikatorernas värden (Kolada och egna uppgifter) varje gång målet läses.',
            },
            disableBulkEdit: true,
            disableListFilter: true,
            position: 'sidebar',
            readOnly: true,
          },
          hooks: { afterRead: [statusFromFigures] },
          label: { en: 'Status', sv: 'Status' },
          options: [...GOAL_STATUS_OPTIONS],
          virtual: true,
        },
        {
          name: 'koladaImport',
          type: 'ui',
          admin: {
            components: { Field: 'mal-och-budget/admin#ImportFromKoladaButton' },
            position: 'sidebar',
          },
        },
        qualityPanelField(),
        ...workflowFields(slugs),
        orderField(),
        ...publicationFields(slugs),
      ],
      hooks: withPublishingHooks(planOfDocument, {
        afterRead: [
          dropUnpublishedRelations([
            { path: 'plan', relationTo: slugs.budgetPlans },
            { path: 'focusAreas', relationTo: slugs.focusAreas },
            { path: 'previousEdition', relationTo: slugs.goals },
          ]),
        ],
        beforeDelete: [
          refuseDeleteWhileReferenced([
            { collection: slugs.initiatives, field: 'goals', label: 'Insatser / initiatives' },
          ]),
        ],
      }),
      labels: { plural: { en: 'Goals', sv: 'Mål' }, singular: { en: 'Goal', sv: 'Mål' } },
      versions: publicVersions,
    },
    { quality: 'goal' },
  )
}
