import type { Payload } from 'payload'

import type { Answer } from '../publicPage/answerPlanRead'

import type { FeedbackFormValues } from '../publicPage/site/feedbackFormState'
import type { SubmitOutcome } from './submitFeedback'

import pLimit from 'p-limit'

import { expectedError } from '../lib/errorStatus'
import { jsonAnswer } from '../lib/webAnswer'
import { readResidentPost, type ResidentPost, wantsHtml } from '../lib/formBody'
import { parsePlanYear } from '../lib/planYear'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage } from '../publicPage/cachedPage'
import { feedbackFormStateOf } from '../publicPage/site/feedbackFormState'
import { feedbackFormWords, pageWords } from '../publicPage/site/pageWords'
import { feedbackFormPage } from './feedbackFormPage'
import { feedbackLimiterOf } from '../lib/rateLimiter'
import { submitFeedback } from './submitFeedback'

/**
 * How many feedback posts of this process are stored at the same time. A burst (200 residents at
 * once) otherwise has every post's validation, hooks and insert in flight together, and the event
 * loop runs a score of them back to back between two timer checks (105 ms on SQLite, whose calls
 * block the loop); the rest wait their turn, costing no CPU while they wait.
 */
const FEEDBACK_STORED_AT_ONCE = 4
const storing = pLimit(FEEDBACK_STORED_AT_ONCE)

/** Largest feedback body accepted. */
export const FEEDBACK_MAX_BYTES = 16 * 1024

/** A feedback post, whatever server received it. */
export type FeedbackPost = ResidentPost

const answer = jsonAnswer
const refuse = (status: number, sv: string, en: string, headers?: Record<string, string>): Answer =>
  answer(status, { errors: [{ message: `${sv} / ${en}`, status }] }, headers)

/**
 * `POST …/public/feedback`: JSON or an HTML form (`application/x-www-form-urlencoded`), UTF-8, at
 * most 16 KiB. 201 with a receipt; 400 with a message per field; 404 for an unknown or unpublished
 * page; 413, 415; 429 with Retry-After over the rate limit; 503 when the database cannot take it.
 */
export const answerFeedbackPost = async (payload: Payload, post: FeedbackPost): Promise<Answer> => {
  const read = await readResidentPost(post, FEEDBACK_MAX_BYTES, {
    en: 'Send the feedback',
    sv: 'Skicka synpunkten',
  })
  if ('refusal' in read) return read.refusal
  const { input, kind } = read

  const limiter = feedbackLimiterOf(pluginOptionsOf(payload.config))
  const html = kind === 'form' && wantsHtml(post.accept)
  let outcome: SubmitOutcome | { status: number }
  try {
    outcome = await storing(() =>
      submitFeedback(payload, input, { clientKey: post.clientKey, limiter }),
    )
  } catch (err) {
    const expected = expectedError(err)
    if (!expected) {
      payload.logger.error(
        `Feedback could not be stored (${err instanceof Error ? err.name : 'error'})`,
      )
    }
    if (html) return answerPage(payload, { status: expected?.status ?? 500 }, input)
    if (expected)
      return answer(expected.status, {
        errors: [{ message: expected.message, status: expected.status }],
      })
    return refuse(
      500,
      'Synpunkten kunde inte sparas just nu',
      'The feedback could not be stored right now',
    )
  }
  if (html) return answerPage(payload, outcome, input)
  if ('receipt' in outcome) return answer(201, outcome.receipt)
  if ('errors' in outcome) return answer(400, { errors: outcome.errors })
  if ('retryAfterSeconds' in outcome) {
    return refuse(
      429,
      'För många synpunkter på kort tid, försök igen senare',
      'Too many submissions, try again later',
      { 'Retry-After': String(outcome.retryAfterSeconds) },
    )
  }
  return refuse(
    404,
    'Sidan finns inte eller är inte publicerad',
    'The page does not exist or is not published',
  )
}

/**
 * The answer to the page's own form posted without JavaScript: after a stored feedback, back to
 * the page with the receipt (303, so a reload does not send it twice); after a refusal, a page with
 * the reason and the form again, with what the resident typed (never in an address or a log).
 */
const answerPage = async (
  payload: Payload,
  outcome: SubmitOutcome | { status: number },
  input: unknown,
): Promise<Answer> => {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >
  const text = (name: string) => (typeof fields[name] === 'string' ? fields[name] : '')
  const locale = text('locale') === 'en' ? 'en' : 'sv'
  const prefix = locale === 'en' ? '/en' : ''
  const { publicPath } = pluginOptionsOf(payload.config)
  if ('receipt' in outcome) {
    const query = new URLSearchParams({ kvitto: outcome.receipt.id })
    if (outcome.receipt.replyExpected) query.set('svar', 'ja')
    return {
      body: Buffer.alloc(0),
      headers: {
        'Cache-Control': 'no-store',
        Location: `${prefix}${outcome.receipt.page}?${query}#synpunkter`,
      },
      status: 303,
    }
  }
  const page = text('page')
  const year = page.startsWith(`${publicPath}/`)
    ? parsePlanYear(page.slice(publicPath.length + 1).replace(/\/$/, ''))
    : undefined
  const plan =
    year === undefined ? null : await cachedPage(payload, { year }, locale).catch(() => null)
  const values: FeedbackFormValues = {
    email: text('email'),
    message: text('message'),
    name: text('name'),
  }
  const state = feedbackFormStateOf(outcome, values, feedbackFormWords(pageWords(locale)).summary)
  const accessibility = text('topic') === 'accessibility'
  const body = feedbackFormPage({
    action: `${payload.config.routes.api}/public/feedback`,
    backHref: accessibility
      ? `${prefix}${publicPath}/tillganglighet#synpunkter`
      : plan
        ? `${prefix}${plan.page.path}#synpunkter`
        : `${prefix}${publicPath}`,
    form: plan?.page.feedbackForm ?? null,
    locale,
    page: plan?.page.path ?? publicPath,
    state,
    topic: accessibility ? 'accessibility' : undefined,
  })
  return {
    body: Buffer.from(body),
    headers: {
      'Cache-Control': 'no-store',
      'Content-Language': locale,
      'Content-Type': 'text/html; charset=utf-8',
      ...('retryAfterSeconds' in outcome
        ? { 'Retry-After': String(outcome.retryAfterSeconds) }
        : {}),
    },
    status: outcome.status,
  }
}
