import type { Answer } from '../lib/webAnswer'
import type { FollowLocale } from './followWords'

import { escapeHtml } from '../lib/escapeHtml'

const STYLE =
  'body{font:1.0625rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'button{font:inherit;padding:.5rem 1rem}a{color:#00508a}'

/**
 * A small page of the follow routes, standing alone (no script, no site styles): a heading, what
 * happened, a button that posts `form` when the step needs a person's click (a link scanner that
 * opens the e-mail's link must not confirm or unsubscribe anyone), and the way back.
 */
export const followPage = ({
  back,
  form,
  leave,
  locale,
  status,
  text,
  title,
}: {
  back?: { href: string; label: string }
  form?: { action: string; button: string; fields: Record<string, string> }
  /** The link that ends following, shown once following is confirmed. */
  leave?: { href: string; label: string }
  locale: FollowLocale
  status: number
  text: string
  title: string
}): Answer => {
  const formHtml = form
    ? `<form action="${escapeHtml(form.action)}" method="post">` +
      Object.entries(form.fields)
        .map(([n, v]) => `<input name="${escapeHtml(n)}" type="hidden" value="${escapeHtml(v)}">`)
        .join('') +
      `<button type="submit">${escapeHtml(form.button)}</button></form>`
    : ''
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    '<meta content="width=device-width, initial-scale=1" name="viewport">' +
    `<meta content="noindex" name="robots"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main id="innehall"><h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(text)}</p>${formHtml}` +
    (leave ? `<p><a href="${escapeHtml(leave.href)}">${escapeHtml(leave.label)}</a></p>` : '') +
    (back ? `<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>` : '') +
    '</main></body></html>'
  return {
    body: Buffer.from(html),
    headers: {
      'Cache-Control': 'no-store',
      'Content-Language': locale,
      'Content-Type': 'text/html; charset=utf-8',
      'Referrer-Policy': 'no-referrer',
    },
    status,
  }
}
