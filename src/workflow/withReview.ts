import type { CollectionConfig } from 'payload'

import type { CheckedKind } from '../quality/checkPublication'
import type { ReviewedSlug } from './reviewedCollections'

import { qualityEndpoint } from '../quality/qualityEndpoint'
import { qualityGate } from '../quality/qualityGate'
import { QUALITY_KIND } from '../quality/qualityKindOf'

import { deleteWithinReview } from './deleteWithinReview'
import { enforceReview } from './enforceReview'
import { refuseEditorPublish } from './refuseEditorPublish'
import { staffWithinReview } from './staffWithinReview'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * Puts a public content collection under four-eyes publishing: editors' publishes refused in
 * access and hooks while the workflow is on, the review state kept, and the workflow's endpoint —
 * and, with `quality`, under the quality gate (its hook and its report endpoint).
 * The collection's own fields carry `workflowFields` where its sidebar wants them.
 */
export const withReview = (
  collection: CollectionConfig & { slug: ReviewedSlug },
  { quality }: { quality?: CheckedKind } = {},
): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    create: staffWithinReview,
    delete: deleteWithinReview(collection.access?.delete),
    update: staffWithinReview,
  },
  custom: quality ? { ...collection.custom, [QUALITY_KIND]: quality } : collection.custom,
  endpoints: [
    ...(collection.endpoints || []),
    ...(quality ? [qualityEndpoint(quality, collection.slug)] : []),
    workflowEndpoint(collection.slug),
  ],
  hooks: {
    ...collection.hooks,
    beforeChange: [
      ...(collection.hooks?.beforeChange ?? []),
      ...(quality ? [qualityGate(quality)] : []),
      enforceReview,
    ],
    beforeOperation: [
      refuseEditorPublish(collection.slug, collection.access?.delete),
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
