import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ReviewAction } from './reviewActions'
import type { ReviewedSlug } from './reviewedCollections'
import type { ReviewState } from './workflowFields'
import type { ReviewLogEntry, ReviewPin, ScheduledPublish, WorkflowStep } from './workflowStep'

import { latestDraftOf } from '../endpoints/latestDraftOf'
import { documentKey, whileHolding } from '../lib/holdAcrossServers'
import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { takeTurns } from '../lib/takeTurns'
import { isPublishedNow } from './isPublishedNow'
import { mailTransition } from './mailTransition'
import { publishPinned } from './publishPinned'
import { refuseLowQuality } from './refuseLowQuality'
import { ACTION_RULES, reviewStateLabel } from './reviewActions'
import { pinFor, versionsToApprove } from './reviewUnit'
import { cancelApproved, queueApproved } from './scheduledApproval'
import { asStep } from './workflowStep'
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

const checkMove = (req: PayloadRequest, { action, comment, publishAt }: ReviewMove) => {
  if (!isStaffUser(req.user))
    throw new WorkflowRefused('Logga in som redaktör / Sign in as staff', req.user ? 403 : 401)
  if (ACTION_RULES[action].reviewer && !mayPublishReviewed(req.user)) {
    throw new WorkflowRefused(
      'Bara granskare och administratörer kan godkänna, skicka tillbaka eller avpublicera / Only reviewers and admins can approve, return or unpublish',
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
  return { note, when }
}

/**
 * Moves a document's review state by one action of the request's user: an editor submits (the
 * content is pinned by its hash), a reviewer or admin approves what was submitted — publishing
 * exactly those versions, now or at `publishAt`, never their own submission — or returns it with a
 * comment, calls back a scheduled approval, or takes the document down. Logs the step on the
 * document and e-mails it; throws `WorkflowRefused` saying why not.
 */
const stepNow = async (
  req: PayloadRequest,
  move: ReviewMove,
  { note, when }: ReturnType<typeof checkMove>,
): Promise<{ mail: Parameters<typeof mailTransition>[1]; result: ReviewMoveResult }> => {
  const { action, collection, id } = move
  const found = await latestDraftOf(req, collection, id)
  if (!found) throw new WorkflowRefused('Dokumentet finns inte / Not found', 404)
  const from: ReviewState = found.reviewState ?? 'draft'
  const rule = ACTION_RULES[action]
  if (!(rule.from as readonly string[]).includes(from)) {
    throw new WorkflowRefused(
      `Dokumentet är "${reviewStateLabel(from)}"; "${action}" går inte härifrån / The document is ${from}: "${action}" cannot be taken from there`,
      409,
    )
  }
  const pin = (found.reviewPin ?? null) as null | ReviewPin
  const scheduled = (found.scheduledPublish ?? null) as null | ScheduledPublish
  const entry = (to: ReviewState): ReviewLogEntry => ({
    at: new Date().toISOString(),
    by: req.user?.id ?? null,
    comment: note ?? null,
    from,
    to,
  })
  const stepOn = (step: Omit<WorkflowStep, 'collection' | 'id'>) => ({
    ...step,
    collection,
    id: found.id,
  })
  const draftWrite = (step: WorkflowStep, status: 'draft' | 'unpublish' = 'draft') =>
    asStep(req, step, () =>
      req.payload.update({
        id: found.id,
        collection,
        data: { _status: 'draft' },
        depth: 0,
        draft: status === 'draft',
        overrideAccess: true,
        req,
      }),
    )

  let to: ReviewState = rule.to
  let published = false
  if (action === 'submit') {
    await draftWrite(
      stepOn({ entry: entry(to), pin: await pinFor(req, collection, found.id), state: to }),
    )
  } else if (action === 'return') {
    await draftWrite(stepOn({ entry: entry(to), pin: null, state: to }))
  } else if (action === 'approve') {
    if (pin?.by !== undefined && pin?.by !== null && String(pin.by) === String(req.user?.id)) {
      throw new WorkflowRefused(
        'Du skickade själv in det här för granskning: en annan granskare måste godkänna det / You sent this for review yourself: another reviewer must approve it',
        403,
      )
    }
    const versions = await versionsToApprove(req, collection, found.id, pin)
    await refuseLowQuality(req, versions)
    // A new approval replaces one still waiting for its time.
    if (scheduled) await cancelApproved(req, collection, found.id)
    if (when) {
      const at = when.toISOString()
      await draftWrite(
        stepOn({ entry: entry(to), scheduled: { at, by: req.user?.id ?? null }, state: to }),
      )
      await queueApproved(req, versions, when)
    } else {
      await publishPinned(req, versions, entry(to))
      published = true
    }
  } else if (action === 'unschedule') {
    if (!scheduled) {
      throw new WorkflowRefused(
        'Det finns ingen schemalagd publicering att ta bort / Nothing is scheduled',
        409,
      )
    }
    await cancelApproved(req, collection, found.id)
    to =
      pin &&
      (await versionsToApprove(req, collection, found.id, pin).then(
        () => true,
        () => false,
      ))
        ? 'in_review'
        : 'draft'
    await draftWrite(
      stepOn({ entry: entry(to), pin: to === 'draft' ? null : pin, scheduled: null, state: to }),
    )
  } else {
    if (!(await isPublishedNow(req, collection, found.id))) {
      throw new WorkflowRefused(
        'Dokumentet är inte publicerat / The document is not published',
        409,
      )
    }
    if (scheduled) await cancelApproved(req, collection, found.id)
    await draftWrite(
      stepOn({ entry: entry(to), pin: null, scheduled: null, state: to }),
      'unpublish',
    )
  }
  return {
    mail: {
      collection,
      comment: note,
      doc: found,
      from,
      log: [...((found.reviewLog ?? []) as ReviewLogEntry[]), entry(to)],
      publishAt: when?.toISOString(),
      to,
    },
    result: {
      doc: { id: found.id, reviewState: to },
      published,
      scheduledAt: action === 'approve' ? (when?.toISOString() ?? null) : null,
    },
  }
}

/**
 * One step (see stepNow above) in its own transaction, which reads the state it starts from: a
 * step of the same document on another server waits for it and then reads what it left. Mailed
 * only once committed.
 */
/**
 * A step whose document was deleted under it (by a server that does not hold deletes: SQLite,
 * MongoDB) failed inside Payload (a 500, or a 400 for a version whose document is gone); the
 * reviewer is told what happened.
 */
const deletedMeanwhile = async (
  req: PayloadRequest,
  move: ReviewMove,
  error: unknown,
): Promise<undefined | WorkflowRefused> => {
  // Refused before it began (who may, what was asked, not found): the answer stands as it is.
  if (error instanceof APIError && [401, 403, 404].includes(error.status)) return undefined
  const left = await req.payload.count({
    collection: move.collection,
    overrideAccess: true,
    where: { id: { equals: move.id } },
  })
  if (left.totalDocs > 0) return undefined
  return new WorkflowRefused(
    'Dokumentet togs bort medan steget pågick / The document was deleted while the step ran',
    404,
  )
}

const moveNow = async (req: PayloadRequest, move: ReviewMove): Promise<ReviewMoveResult> => {
  const checked = checkMove(req, move)
  const shouldCommit = await initTransaction(req)
  let moved: Awaited<ReturnType<typeof stepNow>>
  try {
    moved = await whileHolding(req, documentKey(move.collection, move.id), () =>
      stepNow(req, move, checked),
    )
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw (await deletedMeanwhile(req, move, error)) ?? error
  }
  await mailTransition(req, moved.mail)
  return moved.result
}

const inTurn = takeTurns()

/**
 * Takes one step of the review workflow (see moveNow above) — one step of a document at a time
 * within this process: two reviewers' "Godkänn" and "Skicka tillbaka" at the same moment both read
 * "För granskning", and both went through (the page public and "Tillbaka skickad" at once). The
 * second now reads the state the first left and is refused (409) when it cannot be taken from there.
 */
export const moveReviewState = (req: PayloadRequest, move: ReviewMove): Promise<ReviewMoveResult> =>
  inTurn(documentKey(move.collection, move.id), () => moveNow(req, move))
