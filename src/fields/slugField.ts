import type { TextField } from 'payload'

import { foldSlug } from '../lib/foldSlug'

/** A unique URL slug, filled from `title` (å/ä/ö folded) when left empty and always kept folded. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: {
      en: 'Part of the page address. Left empty, it is made from the title.',
      sv: 'Del av sidans adress. Lämnas den tom skapas den från rubriken.',
    },
    position: 'sidebar',
  },
  hooks: {
    beforeValidate: [
      ({ siblingData, value }) => {
        const source = typeof value === 'string' && value.trim() !== '' ? value : siblingData?.title
        return typeof source === 'string' ? foldSlug(source) || undefined : value
      },
    ],
  },
  index: true,
  label: { en: 'Slug', sv: 'Slug (adress)' },
  maxLength: 120,
  required: true,
  unique: true,
})
