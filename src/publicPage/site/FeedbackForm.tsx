'use client'

import { useActionState } from 'react'

import type { PublicPage } from '../shape/publicPageShape'

import { type FeedbackFormState, sendFeedback } from './feedbackAction'

const initial: FeedbackFormState = { errors: {}, values: { email: '', message: '', name: '' } }

/** A "sv / en" message in the page's language. */
const inLanguage = (message: string | undefined, locale: 'en' | 'sv') => {
  if (!message) return undefined
  const [sv, en] = message.split(' / ')
  return locale === 'en' ? (en ?? sv) : sv
}

/** The form's own words in the page's language (plain strings: they cross to the browser). */
export type FeedbackFormWords = {
  honeypot: string
  noReply: string
  receipt: [before: string, after: string]
  replyExpected: string
  send: string
  sending: string
  thanks: string
}

/**
 * The feedback form. Without JavaScript it posts the page and comes back with the thank-you text or
 * with the fields and their errors kept; with JavaScript it does the same without a reload, and
 * the errors are announced to screen readers. `page` is the plan's own path (what the feedback is
 * about); `pagePath` the address the resident is on (the English page's starts with `/en`).
 */
export const FeedbackForm = ({
  form,
  locale,
  page,
  pagePath,
  words,
}: {
  form: PublicPage['feedbackForm']
  locale: 'en' | 'sv'
  page: string
  pagePath: string
  words: FeedbackFormWords
}) => {
  const [state, action, pending] = useActionState(sendFeedback, initial, `${pagePath}#synpunkter`)
  if (state.receipt) {
    return (
      <div className="thanks" role="status">
        <p>
          <strong>{words.thanks}</strong>{' '}
          {state.receipt.replyExpected ? words.replyExpected : words.noReply}
        </p>
        <p>
          {words.receipt[0]}
          <strong>{state.receipt.id}</strong>
          {words.receipt[1]}
        </p>
      </div>
    )
  }
  const error = (name: 'email' | 'message' | 'name') => inLanguage(state.errors[name], locale)
  const fieldProps = (name: 'email' | 'message' | 'name') => ({
    'aria-describedby': error(name) ? `${name}-error` : undefined,
    'aria-invalid': error(name) ? true : undefined,
    defaultValue: state.values[name],
    id: `feedback-${name}`,
    name,
  })
  return (
    <form action={action} className="feedback-form" noValidate>
      <div aria-live="assertive" className="form-summary" role="alert">
        {state.summary ? <p>{state.summary}</p> : null}
      </div>
      <input name="page" type="hidden" value={page} />
      <input name="locale" type="hidden" value={locale} />
      <div aria-hidden="true" className="honeypot">
        <label htmlFor="feedback-website">{words.honeypot}</label>
        <input autoComplete="off" id="feedback-website" name="website" tabIndex={-1} type="text" />
      </div>
      <p className="field">
        <label htmlFor="feedback-name">{form.nameLabel}</label>
        <input {...fieldProps('name')} autoComplete="name" maxLength={100} type="text" />
        {error('name') ? (
          <span className="field-error" id="name-error">
            {error('name')}
          </span>
        ) : null}
      </p>
      <p className="field">
        <label htmlFor="feedback-email">{form.emailLabel}</label>
        <input
          {...fieldProps('email')}
          autoComplete="email"
          inputMode="email"
          maxLength={254}
          type="email"
        />
        {error('email') ? (
          <span className="field-error" id="email-error">
            {error('email')}
          </span>
        ) : null}
      </p>
      <p className="field">
        <label htmlFor="feedback-message">{form.messageLabel}</label>
        <textarea {...fieldProps('message')} maxLength={4000} required rows={6} />
        {error('message') ? (
          <span className="field-error" id="message-error">
            {error('message')}
          </span>
        ) : null}
      </p>
      <p>
        <button disabled={pending} type="submit">
          {pending ? words.sending : words.send}
        </button>
      </p>
    </form>
  )
}
