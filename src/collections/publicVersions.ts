import type { CollectionConfig } from 'payload'

/** Versions of every public content collection: drafts, and at least 50 versions kept per document. */
export const publicVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}
