import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'

/** Slug of the collection of runner leases. */
export const JOB_LEASES_SLUG = 'job-leases'

/**
 * One row per runner tick won. The unique key makes the database the referee between server
 * processes (and external `npm run jobs` runs): only the first insert of a tick succeeds.
 */
export const JobLeases: CollectionConfig = {
  slug: JOB_LEASES_SLUG,
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'holder', type: 'text' },
  ],
}
