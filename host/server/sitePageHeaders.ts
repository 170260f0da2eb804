import type { NextFunction, Request, Response } from 'express'

import type { Settings } from '../settings'

const PUBLIC_PAGE = /^(?:\/en)?\/mal-och-budget(?:\/\d{4})?\/?$/
const ANY_PAGE = /^(\/en)?\/mal-och-budget(?:\/|$)/
/** A goal card, made to be framed by the sites the settings name (its route says which). */
const GOAL_CARD = /^\/mal-och-budget\/\d{4}\/mal\/[^/]+\/kort$/

/**
 * HTTP caching of the public HTML page: shared caches (a CDN) keep it as long as the API, browsers
 * ask again every time, so a reader never keeps an old page after a publish.
 */
export const pageCacheControl = (apiPolicy: string): string => {
  const maxAge = /max-age=(\d+)/.exec(apiPolicy)?.[1] ?? '60'
  const swr = /stale-while-revalidate=(\d+)/.exec(apiPolicy)?.[1]
  return `public, max-age=0, s-maxage=${maxAge}${swr ? `, stale-while-revalidate=${swr}` : ''}`
}

/**
 * In front of Next.js: gives the public page the same HTTP caching as the public API — `private,
 * no-store` for an editor's draft preview — and says its language (`/en/…` is English). A goal
 * card may be framed by other sites: the site-wide frame headers are taken off it.
 */
export const sitePageHeaders =
  (settings: Settings) =>
  (req: Request, res: Response, next: NextFunction): void => {
    // The card's route sends its own frame-ancestors; the site-wide "same origin only" is not its.
    if (GOAL_CARD.test(req.path)) {
      res.removeHeader('X-Frame-Options')
      res.removeHeader('Content-Security-Policy')
    }
    const page = ANY_PAGE.exec(req.path)
    if (page) res.setHeader('Content-Language', page[1] ? 'en' : 'sv')
    if ((req.method === 'GET' || req.method === 'HEAD') && PUBLIC_PAGE.test(req.path)) {
      const policy =
        'preview' in req.query
          ? 'private, no-store'
          : pageCacheControl(settings.publicApi.cacheControl)
      const setHeader = res.setHeader.bind(res)
      res.setHeader = (name, value) =>
        name.toLowerCase() === 'cache-control' && res.statusCode === 200
          ? setHeader(name, policy)
          : setHeader(name, value)
    }
    next()
  }
