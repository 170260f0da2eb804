import type { PayloadRequest } from 'payload'

import type { ReviewAction } from './reviewActions'
import type { ReviewedSlug } from './reviewedCollections'
import type { ReviewState } from './workflowFields'

import { latestDraftOf } from '../endpoints/latestDraftOf'
import { WORKFLOW_TRANSITION } from '../hooks/contextKeys'
import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { publicationProblems } from '../quality/checkPublication'
import { qualityKindOf } from '../quality/qualityKindOf'
import { qualityRefusal } from '../quality/qualityRefusal'
import { mailTransition } from './mailTransition'
import { ACTION_RULES, reviewStateLabel } from './reviewActions'
import { WorkflowRefused } from './WorkflowRefused'

/** One step of the workflow, as REST, GraphQL and the Local API ask for it. */
export type ReviewMove = {
  action: ReviewAction
  collection: ReviewedSlug
  /** A message to the reviewer (submit) or the editor (return: required). */
  comment?: string
  id: unknown
  /** Approve for a later time (ISO 8601 with offset) instead of publishing now. */
  publishAt?: string
}

/** Where a step left the document. */
export type ReviewMoveResult = {
  doc: { id: number | string; reviewState: ReviewState }
  published: boolean
  scheduledAt: null | string
}

/**
 * Moves a document's review state by one action of the request's user: an editor submits, a
 * reviewer or admin approves (publishes now, or at `publishAt`) or returns it with a comment.
 * Logs the step on the document and e-mails it; throws `WorkflowRefused` saying why not.
 */
export const moveReviewState = async (
  req: PayloadRequest,
  { action, collection, comment, id, publishAt }: ReviewMove,
): Promise<ReviewMoveResult> => {
  if (!isStaffUser(req.user))
    throw new WorkflowRefused('Logga in som redaktör / Sign in as staff', req.user ? 403 : 401)
  const rule = ACTION_RULES[action]
  if (rule.reviewer && !mayPublishReviewed(req.user)) {
    throw new WorkflowRefused(
      'Bara granskare och administratörer kan godkänna eller skicka tillbaka / Only reviewers and admins can approve or return',
      403,
    )
  }
  const note = comment?.trim() || undefined
  if (note && note.length > 2000) {
    throw new WorkflowRefused(
      'Kommentaren får vara högst 2000 tecken / The comment may be at most 2000 characters',
      400,
    )
  }
  if (action === 'return' && !note) {
    throw new WorkflowRefused(
      'Skriv en kommentar till redaktören om vad som behöver ändras / Write a comment telling the editor what to change',
      400,
    )
  }
  if (publishAt !== undefined && action !== 'approve') {
    throw new WorkflowRefused(
      'En publiceringstid ("publishAt") hör bara till "approve" / "publishAt" goes only with "approve"',
      400,
    )
  }
  const when = publishAt === undefined ? undefined : new Date(publishAt)
  if (when && !(when.getTime() > Date.now())) {
    throw new WorkflowRefused(
      'Publiceringstiden har redan passerat: välj en tid framåt, eller godkänn utan tid för att publicera nu / "publishAt" is in the past',
      400,
    )
  }
  const found = await latestDraftOf(req, collection, id)
  if (!found) throw new WorkflowRefused('Dokumentet finns inte / Not found', 404)
  const from: ReviewState = found.reviewState ?? 'draft'
  if (!(rule.from as readonly string[]).includes(from)) {
    throw new WorkflowRefused(
      `Dokumentet är "${reviewStateLabel(from)}"; "${action}" går inte härifrån / The document is ${from}: "${action}" cannot be taken from there`,
      409,
    )
  }
  const kind = qualityKindOf(req.payload, collection)
  if (when && kind) {
    // A scheduled publish meets the quality gate when it runs; say it now, while a person is here.
    const problems = await publicationProblems(req, kind, Object.fromEntries(Object.entries(found)))
    if (problems.length > 0) {
      throw new WorkflowRefused(qualityRefusal(problems), 400)
    }
  }
  const log = [
    ...(found.reviewLog ?? []),
    { at: new Date().toISOString(), by: req.user?.id, comment: note ?? null, from, to: rule.to },
  ]
  const publishNow = action === 'approve' && !when
  // Payload builds the update on the latest version: the editor's draft is what gets published.
  await req.payload.update({
    id: found.id,
    collection,
    context: { [WORKFLOW_TRANSITION]: rule.to },
    data: {
      _status: publishNow ? 'published' : 'draft',
      reviewLog: log,
    },
    depth: 0,
    draft: !publishNow,
    overrideAccess: true,
    req,
  })
  if (when) {
    await req.payload.jobs.queue({
      // Payload's own schedulePublish task, as its "Schedule publish" drawer queues it; it runs as
      // the approving reviewer, identified as the task expects.
      input: {
        doc: { relationTo: collection, value: found.id },
        type: 'publish',
        user: req.user ? { relationTo: req.user.collection, value: req.user.id } : null,
      },
      req,
      task: 'schedulePublish',
      waitUntil: when,
    })
  }
  await mailTransition(req, {
    collection,
    comment: note,
    doc: found,
    from,
    log,
    publishAt: when?.toISOString(),
    to: rule.to,
  })
  return {
    doc: { id: found.id, reviewState: rule.to },
    published: publishNow,
    scheduledAt: when?.toISOString() ?? null,
  }
}
