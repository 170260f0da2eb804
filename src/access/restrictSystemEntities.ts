import type { Payload } from 'payload'

import { isAdmin } from './isAdmin'
import { nobody } from './nobody'

/**
 * Payload adds its migrations collection and its jobs-statistics global after every plugin has
 * run, open to any signed-in user (its default). Nobody needs them through the API: the migration
 * runner and the scheduler write them as the system. At start, admins may read them, nobody write.
 */
export const restrictSystemEntities = (payload: Payload): void => {
  const readOnly = { create: nobody, delete: nobody, read: isAdmin, update: nobody }
  const migrations = payload.collections['payload-migrations']?.config
  if (migrations) migrations.access = { ...migrations.access, ...readOnly }
  const stats = payload.config.globals.find((g) => g.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: isAdmin, update: nobody }
}
