import type { Endpoint, PayloadRequest } from 'payload'

import type { Slugs } from '../options/types'

import { z } from 'zod'

import type { ReviewState } from './workflowFields'

import { pageRecipients } from '../email/pageRecipients'
import { latestDraftOf } from '../endpoints/latestDraftOf'
import { WORKFLOW_TRANSITION } from '../hooks/contextKeys'
import { idOf } from '../lib/idOf'
import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { REVIEW_STATE_OPTIONS } from './workflowFields'

const bodySchema = z
  .object({
    action: z.enum(['submit', 'approve', 'return']),
    comment: z.string().trim().max(2000).optional(),
    publishAt: z.string().datetime({ offset: true }).optional(),
  })
  .strict()

/** From which states each action may be taken, to which state it leads, and who may take it. */
const ACTIONS = {
  approve: { from: ['in_review'], reviewer: true, to: 'approved' },
  return: { from: ['in_review'], reviewer: true, to: 'returned' },
  submit: { from: ['draft', 'returned', 'approved'], reviewer: false, to: 'in_review' },
} as const satisfies Record<
  string,
  { from: readonly ReviewState[]; reviewer: boolean; to: ReviewState }
>

const label = (state: string) =>
  REVIEW_STATE_OPTIONS.find((o) => o.value === state)?.label.sv ?? state

const json = (body: unknown, status: number) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })
const refuse = (status: number, message: string) => json({ errors: [{ message }] }, status)

const emailOf = async (req: PayloadRequest, id: unknown): Promise<string | undefined> => {
  const userId = idOf(id)
  if (userId === undefined) return undefined
  const { docs } = await req.payload.find({
    collection: pluginOptionsOf(req.payload.config).slugs.users,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { id: { equals: userId } },
  })
  return docs[0]?.email
}

/**
 * `POST /api/<collection>/:id/workflow` with `{"action":"submit"|"approve"|"return","comment"?,
 * "publishAt"?}` (staff): moves the document's review state — an editor submits, a reviewer or
 * admin approves (publishes now, or at `publishAt`) or returns it with a comment. `200` with the new
 * state; `403` for the wrong role, `409` for the wrong state, each saying why. Each transition is
 * logged on the document and e-mailed once to the page owner and the submitter.
 */
/** The collections under review: plans, goals, initiatives and savings measures. */
export type ReviewedSlug =
  Slugs['budgetPlans'] | Slugs['goals'] | Slugs['initiatives'] | Slugs['savingsMeasures']

export const workflowEndpoint = (collection: ReviewedSlug): Endpoint => ({
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return refuse(req.user ? 403 : 401, 'Logga in som redaktör / Sign in as staff')
    const parsed = bodySchema.safeParse(await req.json?.().catch(() => undefined))
    if (!parsed.success) {
      return refuse(
        400,
        'Skicka {"action":"submit"|"approve"|"return","comment"?,"publishAt"?} / Send an action',
      )
    }
    const { action, comment, publishAt } = parsed.data
    const rule = ACTIONS[action]
    if (rule.reviewer && !mayPublishReviewed(req.user)) {
      return refuse(
        403,
        'Bara granskare och administratörer kan godkänna eller skicka tillbaka / Only reviewers and admins',
      )
    }
    if (action === 'return' && !comment)
      return refuse(400, 'Skriv en kommentar till redaktören / A comment is required')
    const found = await latestDraftOf(req, collection, req.routeParams?.id)
    if (!found) return refuse(404, 'Finns inte / Not found')
    const from: ReviewState = found.reviewState ?? 'draft'
    if (!(rule.from as readonly string[]).includes(from)) {
      return refuse(
        409,
        `Dokumentet är "${label(from)}"; "${action}" går inte härifrån / Wrong state for ${action}`,
      )
    }
    const log = found.reviewLog ?? []
    const entry = {
      at: new Date().toISOString(),
      by: req.user?.id,
      comment: comment ?? null,
      from,
      to: rule.to,
    }
    const publishNow = action === 'approve' && !publishAt
    // Payload builds the update on the latest version: the editor's draft is what gets published.
    await req.payload.update({
      id: found.id,
      collection,
      context: { [WORKFLOW_TRANSITION]: rule.to },
      data: { _status: publishNow ? 'published' : 'draft', reviewLog: [...log, entry] },
      depth: 0,
      draft: !publishNow,
      overrideAccess: true,
      req,
    })
    if (action === 'approve' && publishAt) {
      await req.payload.jobs.queue({
        // Payload's own schedulePublish task, as its "Schedule publish" drawer queues it.
        input: {
          doc: { relationTo: collection, value: found.id },
          type: 'publish',
          // The task runs as the approving reviewer, identified as Payload's task expects.
          user: req.user ? { relationTo: req.user.collection, value: req.user.id } : null,
        },
        task: 'schedulePublish',
        waitUntil: new Date(publishAt),
      })
    }
    // One e-mail per transition: the page owner (or the admins) and whoever submitted it.
    const planId =
      collection === pluginOptionsOf(req.payload.config).slugs.budgetPlans
        ? found.id
        : 'plan' in found
          ? idOf(found.plan)
          : undefined
    const plans =
      planId === undefined
        ? []
        : (
            await req.payload.find({
              collection: pluginOptionsOf(req.payload.config).slugs.budgetPlans,
              depth: 1,
              limit: 1,
              overrideAccess: true,
              req,
              where: { id: { equals: planId } },
            })
          ).docs
    const submitter = [...log, entry]
      .reverse()
      .find((e) => (e as { to?: string }).to === 'in_review') as { by?: unknown } | undefined
    const to = [
      ...new Set([
        ...(await pageRecipients(req, plans[0]?.pageOwner)),
        ...[await emailOf(req, submitter?.by)].filter((e): e is string => Boolean(e)),
      ]),
    ]
    if (to.length > 0) {
      const title = found.title
      await req.payload.sendEmail({
        subject: `Granskning: "${title}" är nu ${label(rule.to).toLowerCase()}`,
        text:
          `"${title}" gick från ${label(from).toLowerCase()} till ${label(rule.to).toLowerCase()}` +
          `${publishAt ? ` (publiceras ${publishAt})` : ''}.\n${comment ? `Kommentar: ${comment}\n` : ''}` +
          `${pluginOptionsOf(req.payload.config).serverUrl}${req.payload.config.routes.admin}/collections/${collection}/${found.id}\n`,
        to,
      })
    }
    return json(
      {
        doc: { id: found.id, reviewState: rule.to },
        published: publishNow,
        scheduledAt: publishAt ?? null,
      },
      200,
    )
  },
  method: 'post',
  path: '/:id/workflow',
})
