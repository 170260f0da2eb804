import type { PublicLocale } from '../publicPage/loadPublicPage'
import type { PublicPage } from '../shape/publicPageShape'
import type { FeedbackFormState } from '../publicPage/site/feedbackFormState'

import { EMAIL_MAX, HONEYPOT_FIELD, MESSAGE_MAX, NAME_MAX } from '../lib/feedbackInput'
import { escapeHtml } from '../lib/escapeHtml'
import { inLanguage } from '../publicPage/site/feedbackFormState'
import { pageWords } from '../publicPage/site/pageWords'

const WORDS = {
  en: { back: 'Back to the page', title: 'Your feedback was not sent' },
  sv: { back: 'Tillbaka till sidan', title: 'Synpunkten skickades inte' },
}

// The page stands alone (no site styles reach it): enough to read it and to hide the robot trap.
const STYLE =
  'body{font:1.0625rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  '.honeypot{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}' +
  '.field label{display:block;font-weight:600}.field input,.field textarea{width:100%;font:inherit}' +
  '.field-error,.form-summary{color:#a4001d;font-weight:600}.field-error{display:block}'

/**
 * What the feedback endpoint answers a browser that posted the page's form without JavaScript and
 * was refused: the reason, the form again with what the resident typed, and the way back. The
 * same fields, names and messages as the page's form. (`form` is null when the page the form was
 * on is gone: then only the reason and the way back.) Built as text: Next.js allows no React
 * renderer in a route, and this page has nothing interactive.
 */
export const feedbackFormPage = ({
  action,
  backHref,
  form,
  locale,
  page,
  state,
  topic,
}: {
  action: string
  backHref: string
  form: null | Pick<PublicPage['feedbackForm'], 'emailLabel' | 'messageLabel' | 'nameLabel'>
  locale: PublicLocale
  page: string
  state: FeedbackFormState
  /** An accessibility report keeps its topic when it is sent again. */
  topic?: 'accessibility'
}): string => {
  const words = pageWords(locale)
  const own = WORDS[locale]
  const summary = state.summary ? `<p>${escapeHtml(state.summary)}</p>` : ''
  const field = (
    name: 'email' | 'message' | 'name',
    label: string,
    control: (attributes: string) => string,
  ) => {
    const error = inLanguage(state.errors[name], locale)
    const attributes =
      `id="feedback-${name}" name="${name}"` +
      (error ? ` aria-invalid="true" aria-describedby="${name}-error"` : '')
    return (
      `<p class="field"><label for="feedback-${name}">${escapeHtml(label)}</label>` +
      control(attributes) +
      (error ? `<span class="field-error" id="${name}-error">${escapeHtml(error)}</span>` : '') +
      '</p>'
    )
  }
  const formHtml = form
    ? `<form accept-charset="utf-8" action="${escapeHtml(action)}" class="feedback-form" method="post" novalidate>` +
      `<div aria-live="assertive" class="form-summary" role="alert">${summary}</div>` +
      `<input name="page" type="hidden" value="${escapeHtml(page)}">` +
      `<input name="locale" type="hidden" value="${locale}">` +
      (topic ? `<input name="topic" type="hidden" value="${topic}">` : '') +
      `<div aria-hidden="true" class="honeypot"><label for="feedback-website">${escapeHtml(words.honeypot)}</label>` +
      `<input autocomplete="off" id="feedback-website" name="${HONEYPOT_FIELD}" tabindex="-1" type="text"></div>` +
      field(
        'name',
        form.nameLabel,
        (a) =>
          `<input ${a} autocomplete="name" maxlength="${NAME_MAX}" type="text" value="${escapeHtml(state.values.name)}">`,
      ) +
      field(
        'email',
        form.emailLabel,
        (a) =>
          `<input ${a} autocomplete="email" inputmode="email" maxlength="${EMAIL_MAX}" type="email" value="${escapeHtml(state.values.email)}">`,
      ) +
      field(
        'message',
        form.messageLabel,
        (a) =>
          `<textarea ${a} maxlength="${MESSAGE_MAX}" required rows="6">${escapeHtml(state.values.message)}</textarea>`,
      ) +
      `<p><button type="submit">${escapeHtml(words.feedbackSend)}</button></p></form>`
    : `<div class="form-summary" role="alert">${summary}</div>`
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    '<meta content="width=device-width, initial-scale=1" name="viewport">' +
    `<meta content="noindex" name="robots"><title>${own.title}</title><style>${STYLE}</style></head>` +
    `<body><main id="innehall"><h1>${own.title}</h1>${formHtml}` +
    `<p><a href="${escapeHtml(backHref)}">${own.back}</a></p></main></body></html>`
  )
}
