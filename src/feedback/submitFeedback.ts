import type { Payload } from 'payload'

import { ValidationError } from 'payload'

import type { FieldErrors } from '../lib/feedbackInput'
import type { FeedbackRateLimiter } from './rateLimiter'

import { SLUGS } from '../collections/slugs'
import { SITE_SETTINGS_SLUG } from '../globals/SiteSettings'
import { checkInput, feedbackSubmissionSchema } from '../lib/feedbackInput'
import { paragraphsOfRichText } from '../lib/richText'

/** What a resident gets back for a stored feedback. */
export type FeedbackReceipt = {
  dataProtectionNotice: { pageUrl: null | string; text: string; version: null | number }
  id: string
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

/** Where public pages live: `/mal-och-budget/2021` names the 2021 plan. */
const PAGE_PATH = /^\/mal-och-budget\/(\d{4})\/?$/

const findPublishedPlan = async (payload: Payload, page: number | string) => {
  const path = typeof page === 'string' ? PAGE_PATH.exec(page) : null
  let where
  if (path) where = { year: { equals: Number(path[1]) } }
  else if (typeof page === 'number' || /^\d+$/.test(page)) {
    if (payload.db.defaultIDType !== 'number') return undefined
    where = { id: { equals: Number(page) } }
  } else if (/^[0-9a-f]{24}$/.test(page) && payload.db.defaultIDType === 'text') {
    where = { id: { equals: page } }
  } else return undefined
  const { docs } = await payload.find({
    collection: SLUGS.budgetPlans,
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
  const { email, message, name, page } = checked.value

  const plan = await findPublishedPlan(payload, page)
  if (!plan) return { status: 404 }
  const settings = await payload.findGlobal({ slug: SITE_SETTINGS_SLUG, depth: 0 })
  try {
    const doc = await payload.create({
      collection: SLUGS.feedback,
      data: {
        email: email ?? null,
        message,
        name: name ?? null,
        noticeVersion: settings.noticeVersion ?? null,
        page: plan.id,
        pagePath: `/mal-och-budget/${plan.year}`,
        status: 'new',
      },
      depth: 0,
      overrideAccess: true,
    })
    return {
      receipt: {
        dataProtectionNotice: {
          pageUrl: settings.dataProtectionUrl ?? null,
          text: paragraphsOfRichText(settings.dataProtectionNotice).join('\n\n'),
          version: settings.noticeVersion ?? null,
        },
        id: doc.receipt ?? '',
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
