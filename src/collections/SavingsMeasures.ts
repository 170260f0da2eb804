import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { dropUnpublishedRelations } from '../hooks/dropUnpublishedRelations'
import { orderField } from '../fields/orderField'
import { planField } from '../fields/planField'
import { planPreview } from './planPreview'
import { previousEditionField } from '../fields/previousEditionField'
import { CONTENT_GROUP } from './publicContent'
import { SAVINGS_CATEGORY_OPTIONS, SAVINGS_STATUS_OPTIONS } from '../lib/statusOptions'

/** How the municipality cuts its costs. */
export const createSavingsMeasuresCollection = (options: SanitizedOptions): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.savingsMeasures,
    admin: {
      defaultColumns: [
        'title',
        'category',
        'estimatedAnnualSavings',
        'status',
        '_status',
        'reviewState',
      ],
      description: {
        en: 'How the municipality cuts its costs.',
        sv: 'Hur kommunen minskar sina kostnader.',
      },
      group: CONTENT_GROUP,
      livePreview: planPreview(options, 'of its plan'),
      useAsTitle: 'title',
    },
    defaultSort: 'order',
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { en: 'Measure', sv: 'Åtgärd' },
        localized: true,
        maxLength: 500,
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
        type: 'row',
        fields: [
          {
            name: 'category',
            type: 'select',
            label: { en: 'Category', sv: 'Kategori' },
            options: [...SAVINGS_CATEGORY_OPTIONS],
            required: true,
          },
          {
            name: 'estimatedAnnualSavings',
            type: 'number',
            admin: { description: { en: 'SEK per year', sv: 'kronor per år' } },
            label: { en: 'Estimated annual savings (SEK)', sv: 'Beräknad besparing per år (kr)' },
            max: 1e12,
            min: 0,
          },
          {
            name: 'status',
            type: 'select',
            // Not Payload's default name: that is the drafts' `_status` type's on PostgreSQL.
            enumName: 'enum_savings_measures_work_state',
            defaultValue: 'ongoing',
            label: { en: 'State of work', sv: 'Läge' },
            options: [...SAVINGS_STATUS_OPTIONS],
            required: true,
          },
        ],
      },
      planField(slugs),
      previousEditionField(slugs.savingsMeasures),
      {
        name: 'carryOver',
        type: 'checkbox',
        admin: {
          description: {
            en: 'Copy this measure when next year’s plan is made from this one.',
            sv: 'Kopiera åtgärden när nästa års plan skapas från den här.',
          },
          position: 'sidebar',
        },
        label: { en: 'Carry over to next year', sv: 'Ta med till nästa års plan' },
      },
      orderField(),
    ],
    hooks: {
      afterRead: [
        dropUnpublishedRelations([
          { path: 'plan', relationTo: slugs.budgetPlans },
          { path: 'previousEdition', relationTo: slugs.savingsMeasures },
        ]),
      ],
    },
    labels: {
      plural: { en: 'Savings measures', sv: 'Besparingsåtgärder' },
      singular: { en: 'Savings measure', sv: 'Besparingsåtgärd' },
    },
  }
}
