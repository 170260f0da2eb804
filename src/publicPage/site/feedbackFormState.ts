import type { FieldErrors } from '../../lib/feedbackInput'

/** What the feedback form shows: empty, with errors and the typed values kept, or the receipt. */
export type FeedbackFormState = {
  errors: FieldErrors
  /** Set once the feedback is stored. */
  receipt?: { id: string; replyExpected: boolean }
  /** A message for the whole form (rate limit, unknown page, unexpected error). */
  summary?: string
  /** What the resident typed, kept when the form comes back with errors. */
  values: FeedbackFormValues
}

export type FeedbackFormValues = { email: string; message: string; name: string }

/** The form's messages for the whole form, as plain strings (they cross to the browser). */
export type FeedbackSummaryWords = {
  failed: string
  gone: string
  invalid: string
  /** With `{seconds}` where the wait goes. */
  tooMany: string
}

/** A "sv / en" message (as the feedback endpoint words it) in the page's language. */
export const inLanguage = (
  message: string | undefined,
  locale: 'en' | 'sv',
): string | undefined => {
  if (!message) return undefined
  const [sv, en] = message.split(' / ')
  return locale === 'en' ? (en ?? sv) : sv
}

export const EMPTY_FEEDBACK_FORM: FeedbackFormState = {
  errors: {},
  values: { email: '', message: '', name: '' },
}

/**
 * The form's state after the feedback endpoint answered — the same for the browser's script
 * (reading the JSON answer) and for the endpoint's own page when the browser runs no script.
 */
export const feedbackFormStateOf = (
  answer:
    | { errors: FieldErrors; status: 400 }
    | { receipt: { id: string; replyExpected: boolean }; status: 201 }
    | { retryAfterSeconds: number; status: 429 }
    | { status: number },
  values: FeedbackFormValues,
  summary: FeedbackSummaryWords,
): FeedbackFormState => {
  if ('receipt' in answer) return { ...EMPTY_FEEDBACK_FORM, receipt: answer.receipt }
  if ('errors' in answer) return { errors: answer.errors, summary: summary.invalid, values }
  if ('retryAfterSeconds' in answer)
    return {
      errors: {},
      summary: summary.tooMany.replace('{seconds}', String(answer.retryAfterSeconds)),
      values,
    }
  return { errors: {}, summary: answer.status === 404 ? summary.gone : summary.failed, values }
}
