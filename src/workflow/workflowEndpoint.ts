import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { ReviewedSlug } from './reviewedCollections'

import { isStaffUser } from '../lib/roles'
import { moveReviewState } from './moveReviewState'
import { REVIEW_ACTIONS } from './reviewActions'
import { WorkflowRefused } from './WorkflowRefused'

const bodySchema = z
  .object({
    action: z.enum(REVIEW_ACTIONS),
    comment: z.string().max(2000).optional(),
    publishAt: z.string().datetime({ offset: true }).optional(),
  })
  .strict()

const json = (body: unknown, status: number) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

/**
 * `POST /api/<collection>/:id/workflow` with `{"action":"submit"|"approve"|"return","comment"?,
 * "publishAt"?}` (staff): one step of the review workflow (`moveReviewState`). `200` with the new
 * state; `400` for a bad body, `401`/`403` for the wrong role, `404`, `409` for the wrong state —
 * each with a message saying why.
 */
export const workflowEndpoint = (collection: ReviewedSlug): Endpoint => ({
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      const message = 'Logga in som redaktör eller granskare / Sign in as staff'
      return json({ errors: [{ message }] }, req.user ? 403 : 401)
    }
    const parsed = bodySchema.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) {
      return json(
        {
          errors: [
            {
              message:
                'Skicka {"action":"submit"|"approve"|"return","comment"?,"publishAt"?} där publishAt är en tid med tidszon, t.ex. 2026-12-01T08:00:00+01:00 / Send an action; publishAt is an ISO 8601 time with offset',
            },
          ],
        },
        400,
      )
    }
    try {
      return json(
        await moveReviewState(req, { ...parsed.data, collection, id: req.routeParams?.id }),
        200,
      )
    } catch (error) {
      if (error instanceof WorkflowRefused)
        return json({ errors: [{ message: error.message }] }, error.status)
      throw error
    }
  },
  method: 'post',
  path: '/:id/workflow',
})
