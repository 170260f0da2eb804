import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook } from 'payload'

import type { ReviewedSlug } from './reviewedCollections'

import { RESTORING_AS_DRAFT } from '../hooks/contextKeys'
import { isPublishedNow } from './isPublishedNow'
import { ReviewRefused } from './ReviewRefused'
import { type ReviewedWrite, reviewVerdict } from './reviewRule'
import { stepFor, stepRestoring } from './workflowStep'

type WriteArgs = { data?: { _status?: unknown }; draft?: boolean; id?: unknown }

const writeOf = (operation: string, args: WriteArgs): ReviewedWrite | undefined => {
  if (operation === 'create' || operation === 'update')
    return { draft: Boolean(args.draft), kind: operation, status: args.data?._status }
  if (operation === 'restoreVersion') return { draft: Boolean(args.draft), kind: 'restore' }
  return undefined
}

/**
 * Before a create, update (one document or many) or restore: the review rule's verdict, before
 * access is checked — refused with a message saying what to do instead, or turned into a draft save
 * so that it cannot write over the published document. The workflow's own steps pass.
 */
export const applyReviewRule =
  (collection: ReviewedSlug): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const write = writeOf(operation, args as WriteArgs)
    if (!write) return args
    const { id } = args as WriteArgs
    const own =
      operation === 'restoreVersion' ? stepRestoring(req, id) : stepFor(req, collection, id)
    if (operation !== 'create' && own) return args
    const verdict = await reviewVerdict(req, write, () => isPublishedNow(req, collection, id))
    // Payload hands the restored version to the hooks with its old status and makes it a draft
    // only after them: say so, or a draft restore of a published version looks like a publish.
    if (write.kind === 'restore' && write.draft) req.context[RESTORING_AS_DRAFT] = true
    if (verdict === 'as-draft') return { ...args, draft: true }
    if (verdict !== 'as-asked') throw new ReviewRefused(verdict.refused)
    return args
  }

/** Before each document of a delete (by id or by filter): an editor deletes nothing published. */
export const refuseReviewedDelete =
  (collection: ReviewedSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const verdict = await reviewVerdict(req, { kind: 'delete' }, () =>
      isPublishedNow(req, collection, id),
    )
    if (verdict !== 'as-asked' && verdict !== 'as-draft') throw new ReviewRefused(verdict.refused)
  }
