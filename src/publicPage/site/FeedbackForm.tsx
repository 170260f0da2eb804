'use client'

import { useActionState } from 'react'

import type { PublicPage } from '../shape/publicPageShape'

import { type FeedbackFormState, sendFeedback } from './feedbackAction'

const initial: FeedbackFormState = { errors: {}, values: { email: '', message: '', name: '' } }

/** Only the Swedish half of a "sv / en" message is shown on the Swedish page. */
const swedish = (message: string | undefined) => message?.split(' / ')[0]

/**
 * The feedback form. Without JavaScript it posts the page and comes back with the thank-you text or
 * with the fields and their errors kept; with JavaScript it does the same without a reload, and
 * the errors are announced to screen readers.
 */
export const FeedbackForm = ({
  form,
  pagePath,
}: {
  form: PublicPage['feedbackForm']
  pagePath: string
}) => {
  const [state, action, pending] = useActionState(sendFeedback, initial, `${pagePath}#synpunkter`)
  if (state.receipt) {
    return (
      <div className="thanks" role="status">
        <p>
          <strong>Tack för din synpunkt!</strong>{' '}
          {state.receipt.replyExpected
            ? 'Vi svarar på den e-postadress du angav.'
            : 'Du angav ingen e-postadress, så vi kan tyvärr inte svara.'}
        </p>
        <p>
          Ditt kvittonummer är <strong>{state.receipt.id}</strong>. Ange det om du kontaktar oss om
          synpunkten.
        </p>
      </div>
    )
  }
  const error = (name: 'email' | 'message' | 'name') => swedish(state.errors[name])
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
      <input name="page" type="hidden" value={pagePath} />
      <div aria-hidden="true" className="honeypot">
        <label htmlFor="feedback-website">Lämna tomt</label>
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
          {pending ? 'Skickar…' : 'Skicka synpunkt'}
        </button>
      </p>
    </form>
  )
}
