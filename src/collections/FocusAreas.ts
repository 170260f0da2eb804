import type { CollectionConfig } from 'payload'

import { publicationFields } from '../fields/publicationFields'
import { plansListingFocusArea } from '../hooks/plansShowing'
import { recordPublication } from '../hooks/recordPublication'
import {
  rememberPublicState,
  touchPublicPagesOnChange,
  touchPublicPagesOnDelete,
} from '../hooks/touchPublicPages'
import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { orderField } from '../fields/orderField'
import { slugField } from '../fields/slugField'
import { refuseDeleteWhileReferenced } from '../hooks/refuseDeleteWhileReferenced'
import { publicVersions } from './publicVersions'
import { SLUGS } from './slugs'

/** The municipality's focus areas (jämlik hälsa, miljö, inkludering, jämställdhet). */
export const FocusAreas: CollectionConfig = {
  slug: SLUGS.focusAreas,
  access: { create: isStaff, delete: isStaff, read: publishedOrStaff, update: isStaff },
  admin: {
    defaultColumns: ['title', 'order', '_status', 'updatedAt'],
    description: {
      en: 'The areas the municipality focuses its goals on.',
      sv: 'De områden som kommunen fokuserar sina mål på.',
    },
    group: { en: 'Goals and budget', sv: 'Mål och budget' },
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
    ...publicationFields(),
  ],
  hooks: {
    afterChange: [touchPublicPagesOnChange(plansListingFocusArea)],
    beforeChange: [recordPublication, rememberPublicState],
    afterDelete: [touchPublicPagesOnDelete(plansListingFocusArea)],
    beforeDelete: [
      refuseDeleteWhileReferenced([
        { collection: SLUGS.budgetPlans, field: 'focusAreas', label: 'Mål och budget' },
        { collection: SLUGS.goals, field: 'focusAreas', label: 'Mål / goals' },
        { collection: SLUGS.initiatives, field: 'focusAreas', label: 'Insatser / initiatives' },
      ]),
    ],
  },
  labels: {
    plural: { en: 'Focus areas', sv: 'Fokusområden' },
    singular: { en: 'Focus area', sv: 'Fokusområde' },
  },
  versions: publicVersions,
}
