import type { NextFunction, Request, Response } from 'express'

/**
 * The admin in Swedish whatever the browser asks for: a request to the admin, or from it (it
 * carries the session cookie), that has no language chosen in the account (Payload's `-lng`
 * cookie, set when a person picks English in their account) is answered as if it asked for
 * Swedish. Public reads are left alone: they negotiate their language themselves.
 */
export const swedishAdmin =
  ({ adminRoute, cookiePrefix }: { adminRoute: string; cookiePrefix: string }) =>
  (req: Request, _res: Response, next: NextFunction): void => {
    const cookies = req.headers.cookie ?? ''
    const chosen = cookies.includes(`${cookiePrefix}-lng=`)
    const fromAdmin = req.path.startsWith(adminRoute) || cookies.includes(`${cookiePrefix}-token=`)
    if (fromAdmin && !chosen) req.headers['accept-language'] = 'sv'
    next()
  }
