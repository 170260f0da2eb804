import type { CollectionConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { nobody } from '../access/nobody'

/**
 * One row per runner tick won. The unique key makes the database the referee between server
 * processes (and external `npm run jobs` runs): only the first insert of a tick succeeds.
 */
export const createJobLeasesCollection = ({ slugs }: SanitizedOptions): CollectionConfig => ({
  slug: slugs.jobLeases,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'holder', type: 'text' },
  ],
})
