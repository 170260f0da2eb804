import type { RelationshipField } from 'payload'

import { SLUGS } from '../collections/slugs'

/** The focus areas a goal or an initiative belongs to. */
export const focusAreasField = (): RelationshipField => ({
  name: 'focusAreas',
  type: 'relationship',
  admin: { position: 'sidebar' },
  hasMany: true,
  label: { en: 'Focus areas', sv: 'Fokusområden' },
  relationTo: SLUGS.focusAreas,
})
