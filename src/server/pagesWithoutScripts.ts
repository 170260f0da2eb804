import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { gunzipSync, gzipSync } from 'node:zlib'

import { htmlWithoutScripts } from '../lib/htmlWithoutScripts'
import { PLAN_PAGE_ISLAND } from '../publicPage/site/pageIsland'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { holdResponse, sendHeld } from './holdResponse'
import { NEXT_REQUEST_HEADERS } from './nextRequestHeaders'
import { publicPageAddress } from '../lib/publicPageAddress'

/** The body as sent again: without scripts when it is an HTML page Next.js rendered. */
const rewritten = (res: ServerResponse, body: Buffer): Buffer => {
  if (!String(res.getHeader('content-type') ?? '').startsWith('text/html')) return body
  const encoding = String(res.getHeader('content-encoding') ?? '')
  if (encoding !== '' && encoding !== 'gzip') return body
  const html = (encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8')
  let page = htmlWithoutScripts(html)
  // The forms and the calculator answer in place with the page's one small script.
  const bodyEnd = page.lastIndexOf('</body>')
  if (page.includes('data-island-kind=') && bodyEnd >= 0)
    page = page.slice(0, bodyEnd) + PLAN_PAGE_ISLAND + page.slice(bodyEnd)
  const kept = Buffer.from(page, 'utf8')
  return encoding === 'gzip' ? gzipSync(kept) : kept
}

/**
 * In front of Next.js, behind the page cache: the public pages (`${publicPath}…` and
 * `/en${publicPath}…`) reach readers as the HTML the server rendered, without Next.js's
 * JavaScript. Every part of them works without it — the calculator and the feedback and follow
 * forms are ordinary forms the server answers, the charts are drawn on the server — so a reader's
 * phone loads no framework to show text (issue 27's budget: at most 30 KiB of JavaScript). The
 * editor's live preview (`?preview`) keeps the scripts: it refreshes itself on every save.
 *
 * Next.js's answer is held until it is complete, then sent once with its length.
 */
export const pagesWithoutScripts = (payload: Payload) => {
  const { publicPath } = pluginOptionsOf(payload.config)
  const page = publicPageAddress(publicPath)
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? ''
    // HEAD answers carry the headers of the GET, not a body to rewrite.
    const read = req.method === 'GET'
    const preview = /[?&]preview(?:[=&]|$)/.test(url)
    if (!read || preview || !page.test(url) || NEXT_REQUEST_HEADERS.some((h) => h in req.headers))
      return next()

    holdResponse(res, (body) => {
      let sent = body
      try {
        sent = rewritten(res, body)
      } catch (err) {
        // A body that is not what its headers say: sent as it came.
        payload.logger.warn({ err, msg: `page sent with its scripts: ${url.slice(0, 200)}` })
      }
      sendHeld(res, sent)
    })
    next()
  }
}
