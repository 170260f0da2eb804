import type { CollectionSlug, RelationshipField } from 'payload'

/**
 * The same document in last year's plan, which this one continues (set by "Skapa nästa års plan").
 * The public "what changed" between editions follows these links, not the texts.
 */
export const previousEditionField = (relationTo: CollectionSlug): RelationshipField => ({
  name: 'previousEdition',
  type: 'relationship',
  admin: {
    description: {
      en: 'The same item in the previous year’s plan.',
      sv: 'Samma sak i föregående års plan.',
    },
    position: 'sidebar',
  },
  index: true,
  label: { en: 'Previous edition', sv: 'Föregående upplaga' },
  relationTo,
})
