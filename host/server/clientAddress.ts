import type { NextFunction, Request, Response } from 'express'

/**
 * The header in which this app's server tells the plugin the client address (the plugin's
 * `clientAddressHeader`): set on every request, whatever the client sent in it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-mob-client-address'

/**
 * First in front of every route: the client address Express trusts (the socket, or the proxies in
 * `TRUST_PROXY`) in {@link CLIENT_ADDRESS_HEADER} — overwriting any value a client sent, so REST,
 * GraphQL, the page's form and anything forwarded from here count limits by the same address.
 */
export const vouchClientAddress = (req: Request, _res: Response, next: NextFunction): void => {
  req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? 'unknown'
  next()
}
