import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewState } from './workflowFields'

import { WORKFLOW_TRANSITION } from '../hooks/contextKeys'
import { EditorPublishRefused } from './EditorPublishRefused'
import { publishNeedsReview } from './publishNeedsReview'

/**
 * Keeps the review state honest and, with the workflow on, lets no editor publish or schedule a
 * publish by any route (admin, REST, GraphQL, Local API with a user): only reviewers and admins —
 * or an approval through the workflow — publish. The state moves only by the workflow's actions;
 * a publish makes it "approved", a new draft of an approved document "draft" again.
 */
export const enforceReview: CollectionBeforeChangeHook = async ({
  context,
  data,
  originalDoc,
  req,
}) => {
  const transition = context[WORKFLOW_TRANSITION]
  if (typeof transition === 'string') return { ...data, reviewState: transition }
  const before: ReviewState = originalDoc?.reviewState ?? 'draft'
  const publishing = data._status === 'published'
  // `data` holds the whole document here: an update without `_status` of a published document
  // would publish too, and is caught by this check where access and beforeOperation see nothing.
  if (publishing && (await publishNeedsReview(req))) throw new EditorPublishRefused()
  const reviewState: ReviewState = publishing
    ? 'approved'
    : before === 'approved'
      ? 'draft'
      : before
  return { ...data, reviewState }
}
