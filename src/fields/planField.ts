import type { RelationshipField } from 'payload'

import type { Slugs } from '../options/types'

/** The budget plan ("Mål och budget") a document belongs to. */
export const planField = (slugs: Slugs): RelationshipField => ({
  name: 'plan',
  type: 'relationship',
  admin: { position: 'sidebar' },
  index: true,
  label: { en: 'Budget plan', sv: 'Mål och budget' },
  relationTo: slugs.budgetPlans,
  required: true,
})
