import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { ReviewState } from './workflowFields'

import { WORKFLOW_TRANSITION } from '../hooks/contextKeys'
import { mayPublishReviewed } from '../lib/roles'
import { workflowOn } from './workflowOn'

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
  if (publishing && req.user && !mayPublishReviewed(req.user) && (await workflowOn(req))) {
    throw new APIError(
      'Granskning före publicering är påslagen: som redaktör kan du inte publicera eller schemalägga. Välj "Skicka för granskning", så godkänner en granskare. / Review is on: an editor cannot publish; send it for review.',
      403,
      undefined,
      true,
    )
  }
  const reviewState: ReviewState = publishing
    ? 'approved'
    : before === 'approved'
      ? 'draft'
      : before
  return { ...data, reviewState }
}
