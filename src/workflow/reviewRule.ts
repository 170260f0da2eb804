import type { PayloadRequest } from 'payload'

import type { Refused } from './ReviewRefused'

import { hasRole, mayPublishReviewed } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { workflowOn } from './workflowOn'

/** A person's write on a reviewed document, as the rule sees it. */
export type ReviewedWrite =
  | { draft: boolean; kind: 'create' | 'update'; status: unknown }
  | { draft: boolean; kind: 'restore' }
  | { kind: 'delete' }

/** What the rule makes of a write: as asked, as a draft save, or refused (and why). */
export type ReviewVerdict = 'as-asked' | 'as-draft' | { refused: Refused }

/**
 * True when the rule applies to this request: a person (not the system: seed, jobs without a
 * user) is writing while the site's review before publishing is on.
 */
export const reviewApplies = async (req: PayloadRequest): Promise<boolean> =>
  Boolean(req.user) && !pluginOptionsOf(req.payload.config).disabled && (await workflowOn(req))

/**
 * The review rule, stated once for every route that writes a reviewed document (REST and GraphQL
 * saves, autosave, restore, duplicate, bulk, delete, the admin's server functions, scheduled jobs
 * that run as their user, the Local API with a user). While review before publishing is on:
 * - nobody publishes by a save: what goes public is what a reviewer approved, through the workflow
 *   (which writes as itself and is not asked);
 * - every other save is a draft save, so it never writes over the published document (a plain
 *   save without `draft` would build on the latest draft and unpublish);
 * - restoring a version is restoring it as a draft;
 * - an editor takes nothing down: no unpublish, no delete of a published document. Reviewers and
 *   admins may take content down (what they remove was approved; nothing unreviewed appears).
 * `published` says whether the document written is published now (asked only when needed).
 */
export const reviewVerdict = async (
  req: PayloadRequest,
  write: ReviewedWrite,
  published: () => Promise<boolean>,
): Promise<ReviewVerdict> => {
  if (!(await reviewApplies(req))) return 'as-asked'
  const takesDown = mayPublishReviewed(req.user) || hasRole(req.user, 'admin')
  switch (write.kind) {
    case 'delete':
      return !takesDown && (await published()) ? { refused: 'delete' } : 'as-asked'
    case 'restore':
      return write.draft ? 'as-asked' : { refused: 'restore' }
    default:
      if (write.status === 'published') return { refused: 'publish' }
      if (write.kind === 'update' && write.status === 'draft' && !write.draft) {
        // An unpublish: the latest draft replaces the published document, as a draft.
        if (takesDown) return 'as-asked'
        return (await published()) ? { refused: 'unpublish' } : 'as-draft'
      }
      return write.draft ? 'as-asked' : 'as-draft'
  }
}
