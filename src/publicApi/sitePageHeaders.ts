import type { NextFunction, Request, Response } from 'express'

import type { Settings } from '../lib/settings'

import { CLIENT_ADDRESS_HEADER } from '../site/clientAddress'

const PUBLIC_PAGE = /^\/mal-och-budget(?:\/\d{4})?\/?$/

/**
 * In front of Next.js: tells the site's form which client address to rate-limit (the one Express
 * trusts, never a header the client sent), and gives the public page the same HTTP caching as the
 * public API — `private, no-store` for an editor's draft preview.
 */
export const sitePageHeaders =
  (settings: Settings) =>
  (req: Request, res: Response, next: NextFunction): void => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? 'unknown'
    if ((req.method === 'GET' || req.method === 'HEAD') && PUBLIC_PAGE.test(req.path)) {
      const policy = 'preview' in req.query ? 'private, no-store' : settings.publicApi.cacheControl
      const setHeader = res.setHeader.bind(res)
      res.setHeader = (name, value) =>
        name.toLowerCase() === 'cache-control' && res.statusCode === 200
          ? setHeader(name, policy)
          : setHeader(name, value)
    }
    next()
  }
