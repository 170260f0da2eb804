'use server'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import type { FieldErrors } from '../../lib/feedbackInput'

import { feedbackLimiterOf } from '../../feedback/rateLimiter'
import { submitFeedback } from '../../feedback/submitFeedback'
import { clientAddressOf } from '../../lib/clientAddress'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'

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
        summary: 'Formuläret innehåller fel. Rätta fälten nedan.',
        values,
      }
    case 404:
      return {
        errors: {},
        summary: 'Sidan finns inte längre, så synpunkten kunde inte tas emot.',
        values,
      }
    case 429:
      return {
        errors: {},
        summary: `Du har skickat många synpunkter på kort tid. Försök igen om ${outcome.retryAfterSeconds} sekunder.`,
        values,
      }
    default:
      return {
        errors: {},
        summary: 'Synpunkten kunde inte sparas just nu. Försök igen om en stund.',
        values,
      }
  }
}
