import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { orderField } from '../fields/orderField'
import { slugField } from '../fields/slugField'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { CONTENT_GROUP } from './publicContent'

/** The municipality's focus areas (jämlik hälsa, miljö, inkludering, jämställdhet). */
export const createFocusAreasCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.focusAreas,
  admin: {
    defaultColumns: ['title', 'order', '_status', 'reviewState', 'updatedAt'],
    description: {
      en: 'The areas the municipality focuses its goals on.',
      sv: 'De områden som kommunen fokuserar sina mål på.',
    },
    group: CONTENT_GROUP,
    useAsTitle: 'title',
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', sv: 'Rubrik' },
      localized: true,
      maxLength: 120,
      required: true,
    },
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', sv: 'Beskrivning' },
      localized: true,
      maxLength: 2000,
    },
    orderField(),
  ],
  hooks: {
    beforeDelete: [
      refuseDeleteWhileReferenced([
        { collection: slugs.budgetPlans, field: 'focusAreas', label: 'Mål och budget' },
        { collection: slugs.goals, field: 'focusAreas', label: 'Mål / goals' },
        { collection: slugs.initiatives, field: 'focusAreas', label: 'Insatser / initiatives' },
      ]),
    ],
  },
  labels: {
    plural: { en: 'Focus areas', sv: 'Fokusområden' },
    singular: { en: 'Focus area', sv: 'Fokusområde' },
  },
})
