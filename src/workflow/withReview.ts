import type { CollectionConfig } from 'payload'

import type { CheckedKind } from '../quality/checkPublication'
import type { ReviewedSlug } from './reviewedCollections'

import { qualityEndpoint } from '../quality/qualityEndpoint'
import { qualityGate } from '../quality/qualityGate'
import { QUALITY_KIND } from '../quality/qualityKindOf'

import { isStaff } from '../access/isStaff'
import { holdWhileWriting, settleDeleteAcrossServers } from '../lib/holdAcrossServers'
import { deleteWithinReview } from './deleteWithinReview'
import { enforceReview } from './enforceReview'
import { applyReviewRule, refuseReviewedDelete } from './applyReviewRule'
import { staffWithinReview } from './staffWithinReview'
import { workflowEndpoint } from './workflowEndpoint'

/**
 * Puts a public content collection under four-eyes publishing (the review rule, `reviewVerdict`,
 * asked by access, `beforeOperation`, `beforeDelete` and `beforeChange`), its review bookkeeping
 * and the workflow's endpoint — and, with `quality`, under the quality gate (its hook and its
 * report endpoint).
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
    // Versions hold drafts: staff only (Payload's default lets any signed-in user of any kind).
    readVersions: isStaff,
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
    afterOperation: [
      ...(collection.hooks?.afterOperation ?? []),
      settleDeleteAcrossServers(collection.slug),
    ],
    // First, so the publishing hooks and the quality gate see what this save really does.
    beforeChange: [
      enforceReview,
      ...(collection.hooks?.beforeChange ?? []),
      ...(quality ? [qualityGate(quality)] : []),
    ],
    beforeDelete: [
      refuseReviewedDelete(collection.slug),
      ...(collection.hooks?.beforeDelete ?? []),
    ],
    beforeOperation: [
      // First: what the rule and the save read is what the step before them left.
      holdWhileWriting(collection.slug),
      applyReviewRule(collection.slug),
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
})
