'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import type { FieldErrors } from '../../lib/feedbackInput'

import { feedbackLimiterOf } from '../../feedback/rateLimiter'
import { submitFeedback } from '../../feedback/submitFeedback'
import { clientAddressOf } from '../../lib/clientAddress'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { pageWords } from './pageWords'

/** What the feedback form shows after a submission. */
export type FeedbackFormState = {
  errors: FieldErrors
  /** Set once the feedback is stored. */
  receipt?: { id: string; replyExpected: boolean }
  /** A message for the whole form (rate limit, unknown page, unexpected error). */
  summary?: string
  /** What the resident typed, kept when the form comes back with errors. */
  values: { email: string; message: string; name: string }
}

/** The page's feedback form, with or without JavaScript: the same checks as the public endpoint. */
export const sendFeedback = async (
  _previous: FeedbackFormState,
  form: FormData,
): Promise<FeedbackFormState> => {
  const field = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const values = { email: field('email'), message: field('message'), name: field('name') }
  const input = { ...values, page: field('page'), website: field('website') }
  const { summary } = pageWords(field('locale') === 'en' ? 'en' : 'sv').feedback
  const payload = await getPayload({ config })
  const clientKey = clientAddressOf(pluginOptionsOf(payload.config), await headers())
  const outcome = await submitFeedback(payload, input, {
    clientKey,
    limiter: feedbackLimiterOf(pluginOptionsOf(payload.config)),
  }).catch(() => ({ status: 500 as const }))
  switch (outcome.status) {
    case 201:
      return {
        errors: {},
        receipt: { id: outcome.receipt.id, replyExpected: outcome.receipt.replyExpected },
        values: { email: '', message: '', name: '' },
      }
    case 400:
      return {
        errors: outcome.errors,
        summary: summary.invalid,
        values,
      }
    case 404:
      return {
        errors: {},
        summary: summary.gone,
        values,
      }
    case 429:
      return {
        errors: {},
        summary: summary.tooMany(outcome.retryAfterSeconds),
        values,
      }
    default:
      return {
        errors: {},
        summary: summary.failed,
        values,
      }
  }
}
