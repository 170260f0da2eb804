import type { CollectionConfig } from 'payload'

import type { ReviewedSlug } from './reviewedCollections'

import { deleteWithinReview } from './deleteWithinReview'
import { enforceReview } from './enforceReview'
import { refuseEditorPublish } from './refuseEditorPublish'
import { staffWithinReview } from './staffWithinReview'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * Puts a public content collection under four-eyes publishing: editors' publishes refused in
 * access and hooks while the workflow is on, the review state kept, and the workflow's endpoint.
 * The collection's own fields carry `workflowFields` where its sidebar wants them.
 */
export const withReview = (
  collection: CollectionConfig & { slug: ReviewedSlug },
): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    create: staffWithinReview,
    delete: deleteWithinReview(collection.access?.delete),
    update: staffWithinReview,
  },
  endpoints: [...(collection.endpoints || []), workflowEndpoint(collection.slug)],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), enforceReview],
    beforeOperation: [
      refuseEditorPublish(collection.slug, collection.access?.delete),
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
