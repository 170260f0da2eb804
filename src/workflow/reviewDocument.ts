import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { ReviewMove, ReviewMoveResult } from './moveReviewState'

import { moveReviewState } from './moveReviewState'

/**
 * The workflow's step from the Local API, as `user` (the same rules as REST and GraphQL): e.g.
 * `await reviewDocument(payload, { action: 'submit', collection: 'goals', id, user: editor })`.
 * Throws `WorkflowRefused` (with `status`) when the step is not allowed.
 */
export const reviewDocument = async (
  payload: Payload,
  { user, ...move }: ReviewMove & { user: TypedUser },
): Promise<ReviewMoveResult> => moveReviewState(await createLocalReq({ user }, payload), move)
