import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { publicationFields } from '../fields/publicationFields'
import { planOfDocument } from '../publicPage/stamping/plansShowing'
import { dropUnpublishedRelations } from '../hooks/dropUnpublishedRelations'
import { orderField } from '../fields/orderField'
import { planField } from '../fields/planField'
import { publicVersions } from './publicVersions'
import { CONTENT_GROUP, publicContentAccess, withPublishingHooks } from './publicContent'

/** How the municipality cuts its costs. */
export const createSavingsMeasuresCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.savingsMeasures,
  access: publicContentAccess,
  admin: {
    defaultColumns: ['title', 'category', 'estimatedAnnualSavings', 'status', '_status'],
    description: {
      en: 'How the municipality cuts its costs.',
      sv: 'Hur kommunen minskar sina kostnader.',
    },
    group: CONTENT_GROUP,
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
          options: [
            { label: { en: 'Premises', sv: 'Lokaler' }, value: 'premises' },
            {
              label: { en: 'Property management', sv: 'Fastighetsförvaltning' },
              value: 'property_management',
            },
            { label: { en: 'Staffing', sv: 'Personal' }, value: 'staffing' },
            { label: { en: 'Purchasing', sv: 'Inköp' }, value: 'purchasing' },
            { label: { en: 'Digitalisation', sv: 'Digitalisering' }, value: 'digitalisation' },
            { label: { en: 'Other', sv: 'Annat' }, value: 'other' },
          ],
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
          defaultValue: 'ongoing',
          label: { en: 'State of work', sv: 'Läge' },
          options: [
            { label: { en: 'Planned', sv: 'Planerad' }, value: 'planned' },
            { label: { en: 'Ongoing', sv: 'Pågår' }, value: 'ongoing' },
            { label: { en: 'Done', sv: 'Genomförd' }, value: 'done' },
            { label: { en: 'Cancelled', sv: 'Avbruten' }, value: 'cancelled' },
          ],
          required: true,
        },
      ],
    },
    planField(slugs),
    orderField(),
    ...publicationFields(slugs),
  ],
  hooks: withPublishingHooks(planOfDocument, {
    afterRead: [dropUnpublishedRelations([{ path: 'plan', relationTo: slugs.budgetPlans }])],
  }),
  labels: {
    plural: { en: 'Savings measures', sv: 'Besparingsåtgärder' },
    singular: { en: 'Savings measure', sv: 'Besparingsåtgärd' },
  },
  versions: publicVersions,
})
