import type { Field } from 'payload'

import { SLUGS } from '../collections/slugs'

/** Who published the document last and when; every published version keeps its own pair. */
export const publicationFields = (): Field[] => [
  {
    name: 'publishedBy',
    type: 'relationship',
    access: { read: ({ req }) => Boolean(req.user) },
    admin: { position: 'sidebar', readOnly: true },
    label: { en: 'Published by', sv: 'Publicerad av' },
    relationTo: SLUGS.users,
  },
  {
    name: 'publishedAt',
    type: 'date',
    admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm' }, position: 'sidebar', readOnly: true },
    label: { en: 'Published', sv: 'Publicerad' },
  },
]
