import type { Payload, Where } from 'payload'

import { ValidationError } from 'payload'

import type { FieldErrors } from '../lib/feedbackInput'
import type { NoticeInForce } from '../lib/noticeInForce'
import type { SiteSetting } from '../types'
import type { FeedbackRateLimiter } from '../lib/rateLimiter'

import { isIdLike } from '../lib/checkConditionValue'
import { checkInput, feedbackSubmissionSchema } from '../lib/feedbackInput'
import { idFormatOf } from '../lib/idOf'
import { noticeInForce } from '../lib/noticeInForce'
import { parsePlanYear } from '../lib/planYear'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** What a resident gets back for a stored feedback. */
export type FeedbackReceipt = {
  dataProtectionNotice: NoticeInForce
  /** The receipt number (random; see newReceiptNumber). */
  id: string
  /** The public path of the page the feedback is about (`${publicPath}/2021`). */
  page: string
  receivedAt: string
  replyExpected: boolean
  thanks: string
}

/** The outcome of a submission, as an HTTP status and its body. */
export type SubmitOutcome =
  | { errors: FieldErrors; status: 400 }
  | { status: 404 }
  | { receipt: FeedbackReceipt; status: 201 }
  | { retryAfterSeconds: number; status: 429 }

/** The published plan a submission names: by its public path (`${publicPath}/2021`) or its id. */
const findPublishedPlan = async (payload: Payload, page: number | string) => {
  const { publicPath, slugs } = pluginOptionsOf(payload.config)
  const text = String(page)
  const year = text.startsWith(`${publicPath}/`)
    ? parsePlanYear(text.slice(publicPath.length + 1).replace(/\/$/, ''))
    : undefined
  const where: undefined | Where =
    year !== undefined
      ? { year: { equals: year } }
      : isIdLike(page, idFormatOf(payload))
        ? { id: { equals: page } }
        : undefined
  if (!where) return undefined
  const { docs } = await payload.find({
    collection: slugs.budgetPlans,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { year: true },
    where: { and: [where, { _status: { equals: 'published' } }] },
  })
  return docs[0]
}

/**
 * Takes a resident's feedback from any front door (the JSON/form endpoint, the page's own form):
 * rate limit, the shared validation, a published page, then stores it with the notice version the
 * resident was shown. Never throws for bad input: every refusal is an outcome with a 4xx status.
 */
export const submitFeedback = async (
  payload: Payload,
  input: unknown,
  { clientKey, limiter }: { clientKey: string; limiter: FeedbackRateLimiter },
): Promise<SubmitOutcome> => {
  const verdict = await limiter.consume(clientKey)
  if (!verdict.allowed) return { retryAfterSeconds: verdict.retryAfterSeconds, status: 429 }

  const checked = checkInput(feedbackSubmissionSchema, input)
  if (!checked.ok) return { errors: checked.errors, status: 400 }
  const { email, message, name, page, topic = 'content' } = checked.value

  const plan = await findPublishedPlan(payload, page)
  if (!plan) return { status: 404 }
  const { publicPath, slugs } = pluginOptionsOf(payload.config)
  const settings = await payload.findGlobal({ slug: slugs.siteSettings, depth: 0 })
  try {
    const doc = await payload.create({
      collection: slugs.feedback,
      data: {
        email: email ?? null,
        message,
        name: name ?? null,
        noticeVersion: settings.noticeVersion ?? null,
        page: plan.id,
        pagePath: `${publicPath}/${plan.year}`,
        status: 'new',
        topic,
      },
      depth: 0,
      overrideAccess: true,
    })
    return {
      receipt: {
        dataProtectionNotice: noticeInForce(settings as SiteSetting),
        id: doc.receipt ?? '',
        // An accessibility report came from the statement's page, and its receipt leads back there.
        page:
          topic === 'accessibility' ? `${publicPath}/tillganglighet` : `${publicPath}/${plan.year}`,
        receivedAt: doc.createdAt,
        replyExpected: Boolean(email),
        thanks: 'Tack för din synpunkt',
      },
      status: 201,
    }
  } catch (error) {
    if (error instanceof ValidationError) {
      return {
        errors: Object.fromEntries(error.data.errors.map((e) => [e.path, e.message])),
        status: 400,
      }
    }
    throw error
  }
}
