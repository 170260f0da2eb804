import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewState } from './workflowFields'
import type { ReviewLogEntry, ReviewPin } from './workflowStep'

import { RESTORING_AS_DRAFT } from '../hooks/contextKeys'
import { BOOKKEEPING_FIELDS } from './pinnedVersions'
import { ReviewRefused } from './ReviewRefused'
import { reviewApplies } from './reviewRule'
import { stepFor } from './workflowStep'

type Doc = Record<string, unknown>

/** The document's review bookkeeping: only the workflow writes it, whatever a request sends. */
type Bookkeeping = {
  reviewLog: ReviewLogEntry[]
  reviewPin: null | ReviewPin
  reviewState: ReviewState
  scheduledPublish: unknown
}

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** True when the write changes anything but bookkeeping. */
const changesContent = (data: Doc, before: Doc): boolean =>
  Object.keys(data).some((key) => !BOOKKEEPING_FIELDS.has(key) && !same(data[key], before[key]))

const CHANGED_IN_REVIEW =
  'Ändrat efter att det skickades för granskning: skicka det igen / Changed after it was sent for review: send it again'

/**
 * Before every save of a reviewed document (last line of the review rule, and its bookkeeping):
 * - a publish by a person while review is on is refused here too — this sees what access and
 *   `beforeOperation` cannot (a restored published version, a duplicated one);
 * - the review state, history, pin and schedule are written only by the workflow's steps;
 * - a change of content after "Skicka för granskning" sends the document back to draft (the
 *   reviewer must see what they approve), and a new draft of an approved document is a draft.
 */
export const enforceReview: CollectionBeforeChangeHook = async ({
  collection,
  data: incoming,
  operation,
  originalDoc,
  req,
}) => {
  // Payload hands a restored version to the hooks with its old status and makes it a draft only
  // after them (applyReviewRule marks a restore as a draft).
  const data = req.context[RESTORING_AS_DRAFT] ? { ...incoming, _status: 'draft' } : incoming
  const before: Doc = operation === 'update' && originalDoc ? originalDoc : {}
  const kept: Bookkeeping = {
    reviewLog: (before.reviewLog as ReviewLogEntry[] | undefined) ?? [],
    reviewPin: (before.reviewPin as null | ReviewPin | undefined) ?? null,
    reviewState: (before.reviewState as ReviewState | undefined) ?? 'draft',
    scheduledPublish: before.scheduledPublish ?? null,
  }
  const step = stepFor(req, collection.slug, before.id ?? data.id)
  if (step) {
    const restored = step.state === 'restored'
    return {
      ...data,
      ...(step.publish ? { _status: 'published' } : {}),
      reviewLog: [...kept.reviewLog, step.entry],
      reviewPin: restored
        ? (data.reviewPin ?? null)
        : step.pin === undefined
          ? kept.reviewPin
          : step.pin,
      reviewState: restored ? (data.reviewState ?? 'draft') : step.state,
      scheduledPublish: step.scheduled === undefined ? kept.scheduledPublish : step.scheduled,
    }
  }
  if (data._status === 'published') {
    if (await reviewApplies(req)) throw new ReviewRefused('publish')
    // Review off, or the system (seed, a job without a user): a publish is its own approval.
    return { ...data, ...kept, reviewPin: null, reviewState: 'approved' }
  }
  if (operation === 'create') {
    return { ...data, reviewLog: [], reviewPin: null, reviewState: 'draft', scheduledPublish: null }
  }
  if (!changesContent(data, before)) return { ...data, ...kept }
  if (kept.reviewState === 'in_review') {
    const entry: ReviewLogEntry = {
      at: new Date().toISOString(),
      by: req.user?.id ?? null,
      comment: CHANGED_IN_REVIEW,
      from: 'in_review',
      to: 'draft',
    }
    return {
      ...data,
      ...kept,
      reviewLog: [...kept.reviewLog, entry],
      reviewPin: null,
      reviewState: 'draft',
    }
  }
  return {
    ...data,
    ...kept,
    reviewState: kept.reviewState === 'approved' ? 'draft' : kept.reviewState,
  }
}
