import type { RelationshipField } from 'payload'

import type { Slugs } from '../options/types'

/** The focus areas a goal or an initiative belongs to. */
export const focusAreasField = (slugs: Slugs): RelationshipField => ({
  name: 'focusAreas',
  type: 'relationship',
  admin: { position: 'sidebar' },
  hasMany: true,
  label: { en: 'Focus areas', sv: 'Fokusområden' },
  relationTo: slugs.focusAreas,
})
