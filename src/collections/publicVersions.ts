import type { CollectionConfig } from 'payload'

/**
 * Versions of every public content collection: drafts with autosave, publish and unpublish
 * scheduled through the jobs queue, and at least 50 versions kept per document.
 */
export const publicVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}
