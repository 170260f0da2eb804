'use client'

import { type FormEvent, useState } from 'react'

import type { PublicPage } from '../../shape/publicPageShape'

import {
  EMPTY_FEEDBACK_FORM,
  type FeedbackFormState,
  feedbackFormStateOf,
  type FeedbackSummaryWords,
  inLanguage,
} from './feedbackFormState'

/** The form's own words in the page's language (plain strings: they cross to the browser). */
export type FeedbackFormWords = {
  honeypot: string
  noReply: string
  receipt: [before: string, after: string]
  replyExpected: string
  send: string
  sending: string
  summary: FeedbackSummaryWords
  thanks: string
}

const field = (data: FormData, name: string) => {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * The feedback form: an ordinary HTML form that posts to the plugin's feedback endpoint (`action`),
 * the one way feedback comes in. Without JavaScript the endpoint leads back to the page with the
 * receipt, or answers a page of its own with the errors and the typed text kept; with JavaScript
 * the same post is sent in the background and the answer shown in place, the errors announced to
 * screen readers. `page` is the plan's own path (what the feedback is about).
 */
export const FeedbackForm = ({
  action,
  form,
  initial = EMPTY_FEEDBACK_FORM,
  locale,
  page,
  topic,
  words,
}: {
  action: string
  form: Pick<PublicPage['feedbackForm'], 'emailLabel' | 'messageLabel' | 'nameLabel'>
  initial?: FeedbackFormState
  locale: 'en' | 'sv'
  page: string
  /** `accessibility`: the form of the accessibility statement, a report of a problem. */
  topic?: 'accessibility'
  words: FeedbackFormWords
}) => {
  const [state, setState] = useState(initial)
  const [pending, setPending] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const data = new FormData(event.currentTarget)
    const values = {
      email: field(data, 'email'),
      message: field(data, 'message'),
      name: field(data, 'name'),
    }
    const body = new URLSearchParams()
    for (const [name, value] of data) if (typeof value === 'string') body.append(name, value)
    setPending(true)
    try {
      const res = await fetch(action, {
        body,
        headers: { Accept: 'application/json' },
        method: 'POST',
      })
      const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>
      const retryAfter = Number(res.headers.get('retry-after'))
      setState(
        feedbackFormStateOf(
          res.status === 201
            ? {
                receipt: { id: String(answer.id), replyExpected: answer.replyExpected === true },
                status: 201,
              }
            : res.status === 400 && typeof answer.errors === 'object' && answer.errors !== null
              ? { errors: answer.errors as Record<string, string>, status: 400 }
              : res.status === 429
                ? { retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : 60, status: 429 }
                : { status: res.status },
          values,
          words.summary,
        ),
      )
    } catch {
      setState({ errors: {}, summary: words.summary.failed, values })
    } finally {
      setPending(false)
    }
  }

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
    <form
      acceptCharset="utf-8"
      action={action}
      className="feedback-form"
      // What the page's island script needs to send the form in the background (see pageIsland).
      data-island={JSON.stringify({
        locale,
        words: {
          noReply: words.noReply,
          receipt: words.receipt,
          replyExpected: words.replyExpected,
          send: words.send,
          sending: words.sending,
          summary: words.summary,
          thanks: words.thanks,
        },
      })}
      data-island-kind="feedback"
      method="post"
      noValidate
      onSubmit={submit}
    >
      <div aria-live="assertive" className="form-summary" role="alert">
        {state.summary ? <p>{state.summary}</p> : null}
      </div>
      <input name="page" type="hidden" value={page} />
      <input name="locale" type="hidden" value={locale} />
      {topic ? <input name="topic" type="hidden" value={topic} /> : null}
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
