import type { Field } from 'payload'

import type { Slugs } from '../options/types'

/** Who published the document last and when; every published version keeps its own pair. */
export const publicationFields = (slugs: Slugs): Field[] => [
  {
    name: 'publishedBy',
    type: 'relationship',
    access: { read: ({ req }) => Boolean(req.user) },
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Published by', sv: 'Publicerad av' },
    relationTo: slugs.users,
  },
  {
    name: 'publishedAt',
    type: 'date',
    admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm' }, position: 'sidebar', readOnly: true },
    label: { en: 'Published', sv: 'Publicerad' },
  },
]
