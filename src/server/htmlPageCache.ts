import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { gunzipSync, gzipSync } from 'node:zlib'

import { acceptsGzip } from '../lib/acceptsGzip'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { notModified } from '../lib/conditionalRequest'
import { currentMarker, keep, peek } from '../hooks/publicChange/pageCache'
import { strongEtag } from '../lib/strongEtag'
import { holdResponse, sendHeld } from './holdResponse'
import { NEXT_REQUEST_HEADERS } from './nextRequestHeaders'
import { yearPagePath } from '../lib/publicPageAddress'

/** A rendered page, kept for the page version (change marker) it was rendered for. */
type RenderedPage = {
  etag: string
  gzip: Buffer
  /** The response headers worth repeating (type, caching, language). */
  headers: Record<string, string>
  html: Buffer
}

const KEPT_HEADERS = ['cache-control', 'content-language', 'content-type', 'link']

const send = (req: Request, res: Response, page: RenderedPage): void => {
  const gzip = acceptsGzip(req.get('accept-encoding'))
  const etag = gzip ? page.etag.replace(/"$/, '-gz"') : page.etag
  res.set(page.headers)
  // Next.js's client navigations ask the same address for another format: a shared cache must
  // tell them apart, as Next.js's own answers say.
  res.set({ ETag: etag, Vary: `${NEXT_REQUEST_HEADERS.join(', ')}, Accept-Encoding` })
  if (notModified({ ifNoneMatch: req.get('if-none-match') }, { etag, lastModified: null })) {
    res.status(304).end()
    return
  }
  const body = gzip ? page.gzip : page.html
  if (gzip) res.set('Content-Encoding', 'gzip')
  res.set('Content-Length', String(body.length))
  res.status(200).end(req.method === 'HEAD' ? undefined : body)
}

const keepRendered = (res: Response, body: Buffer): RenderedPage | undefined => {
  const type = String(res.getHeader('content-type') ?? '')
  if (res.statusCode !== 200 || !type.startsWith('text/html') || res.getHeader('set-cookie'))
    return undefined
  const encoding = String(res.getHeader('content-encoding') ?? '')
  if (encoding && encoding !== 'gzip') return undefined
  const html = encoding === 'gzip' ? gunzipSync(body) : body
  const headers = Object.fromEntries(
    KEPT_HEADERS.flatMap((name) => {
      const value = res.getHeader(name)
      return value === undefined ? [] : [[name, String(value)]]
    }),
  )
  return {
    etag: strongEtag(html),
    gzip: encoding === 'gzip' ? body : gzipSync(html),
    headers,
    html,
  }
}

/**
 * In front of Next.js: the public page of a year (`${publicPath}/2021`, no query) is rendered
 * once per page version and served from memory after that — with a strong ETag, 304, gzip — until
 * anything public changes (the change marker: on every process within a second). A preview
 * (`?preview`), Next.js's client navigations and form posts always go to Next.js.
 */
export const createMalOchBudgetPageCache = (payload: Payload): RequestHandler => {
  const { publicPath } = pluginOptionsOf(payload.config)
  // Swedish at `${publicPath}/2021`, English at `/en${publicPath}/2021`: each kept on its own.
  const page = yearPagePath(publicPath)
  return (req: Request, res: Response, next: NextFunction): void => {
    const cacheable =
      (req.method === 'GET' || req.method === 'HEAD') &&
      page.test(req.path) &&
      !req.originalUrl.includes('?') &&
      !NEXT_REQUEST_HEADERS.some((name) => req.get(name) !== undefined)
    if (!cacheable) return next()
    const key = req.path.replace(/\/$/, '')
    ;(async () => {
      const marker = await currentMarker(payload)
      const hit = await peek<RenderedPage>(payload, key, 'html')
      if (hit) return send(req, res, hit)
      if (req.method === 'GET') {
        // Held until rendered, then sent as every later reader gets it (ETag, gzip, its headers).
        const before = new Set(res.getHeaderNames())
        holdResponse(res, (body) => {
          const rendered = keepRendered(res, body)
          if (!rendered) return sendHeld(res, body)
          keep(payload, key, marker, rendered, 'html')
          for (const name of res.getHeaderNames()) if (!before.has(name)) res.removeHeader(name)
          send(req, res, rendered)
        })
      }
      next()
    })().catch(next)
  }
}
