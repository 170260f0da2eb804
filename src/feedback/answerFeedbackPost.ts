import type { Payload } from 'payload'

import type { Answer } from '../publicPage/answerPlanRead'

import { expectedError } from '../lib/errorStatus'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { feedbackLimiterOf } from './rateLimiter'
import { submitFeedback } from './submitFeedback'

/** Largest feedback body accepted. */
export const FEEDBACK_MAX_BYTES = 16 * 1024
/** Most fields of a form post. */
const MAX_FORM_FIELDS = 20

/** A feedback post, whatever server received it. */
export type FeedbackPost = {
  /** The client address the server vouches for (rate limits count per address). */
  clientKey: string
  contentLength: number | undefined
  contentType: string | undefined
  /** The body, or undefined when it is longer than the limit. */
  readBody: (limit: number) => Promise<Buffer | undefined>
}

const answer = (status: number, body: object, headers: Record<string, string> = {}): Answer => ({
  body: Buffer.from(JSON.stringify(body)),
  headers: {
    ...headers,
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
  },
  status,
})
const refuse = (status: number, sv: string, en: string, headers?: Record<string, string>): Answer =>
  answer(status, { errors: [{ message: `${sv} / ${en}`, status }] }, headers)

const tooLarge = () => refuse(413, 'För stort: högst 16 KiB', 'Too large: at most 16 KiB')
const unreadable = () => refuse(400, 'Formuläret kunde inte läsas', 'The form could not be read')

/** The submission in a JSON or form body; undefined when it cannot be read. */
const parse = (kind: 'form' | 'json', text: string): unknown => {
  if (kind === 'json') {
    try {
      const value: unknown = JSON.parse(text)
      return typeof value === 'object' && value !== null ? value : undefined
    } catch {
      return undefined
    }
  }
  const form = new URLSearchParams(text)
  const fields: Record<string, string | string[]> = {}
  let count = 0
  for (const [name, value] of form) {
    if (++count > MAX_FORM_FIELDS) return undefined
    const seen = fields[name]
    fields[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]
  }
  return fields
}

/**
 * `POST …/public/feedback`: JSON or an HTML form (`application/x-www-form-urlencoded`), UTF-8, at
 * most 16 KiB. 201 with a receipt; 400 with a message per field; 404 for an unknown or unpublished
 * page; 413, 415; 429 with Retry-After over the rate limit; 503 when the database cannot take it.
 */
export const answerFeedbackPost = async (payload: Payload, post: FeedbackPost): Promise<Answer> => {
  const [type, ...params] = (post.contentType ?? '')
    .toLowerCase()
    .split(';')
    .map((p) => p.trim())
  const kind =
    type === 'application/json'
      ? 'json'
      : type === 'application/x-www-form-urlencoded'
        ? 'form'
        : undefined
  if (!kind) {
    return refuse(
      415,
      'Skicka synpunkten som JSON eller som formulär (application/x-www-form-urlencoded)',
      'Send the feedback as JSON or as a form (application/x-www-form-urlencoded)',
    )
  }
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '')
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return refuse(415, 'Skicka texten som UTF-8', 'Send the text as UTF-8')
  }
  if ((post.contentLength ?? 0) > FEEDBACK_MAX_BYTES) return tooLarge()
  const body = await post.readBody(FEEDBACK_MAX_BYTES)
  if (!body) return tooLarge()
  const input = parse(kind, body.toString('utf8'))
  if (input === undefined) return unreadable()

  const limiter = feedbackLimiterOf(pluginOptionsOf(payload.config))
  try {
    const outcome = await submitFeedback(payload, input, { clientKey: post.clientKey, limiter })
    if (outcome.status === 201) return answer(201, outcome.receipt)
    if (outcome.status === 400) return answer(400, { errors: outcome.errors })
    if (outcome.status === 404) {
      return refuse(
        404,
        'Sidan finns inte eller är inte publicerad',
        'The page does not exist or is not published',
      )
    }
    return refuse(
      429,
      'För många synpunkter på kort tid, försök igen senare',
      'Too many submissions, try again later',
      { 'Retry-After': String(outcome.retryAfterSeconds) },
    )
  } catch (err) {
    const expected = expectedError(err)
    if (expected)
      return answer(expected.status, {
        errors: [{ message: expected.message, status: expected.status }],
      })
    payload.logger.error(
      `Feedback could not be stored (${err instanceof Error ? err.name : 'error'})`,
    )
    return refuse(
      500,
      'Synpunkten kunde inte sparas just nu',
      'The feedback could not be stored right now',
    )
  }
}
