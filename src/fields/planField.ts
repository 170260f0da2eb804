import type { RelationshipField } from 'payload'

import { SLUGS } from '../collections/slugs'

/** The budget plan ("Mål och budget") a document belongs to. */
export const planField = (): RelationshipField => ({
  name: 'plan',
  type: 'relationship',
  admin: { position: 'sidebar' },
  index: true,
  label: { en: 'Budget plan', sv: 'Mål och budget' },
  relationTo: SLUGS.budgetPlans,
  required: true,
})
