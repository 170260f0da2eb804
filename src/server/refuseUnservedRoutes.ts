import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

const notFound = (res: ServerResponse): void => {
  const body = JSON.stringify({
    errors: [{ message: 'Okänd adress i API:et / Unknown address in the API' }],
  })
  res.writeHead(404, {
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    'content-type': 'application/json; charset=utf-8',
  })
  res.end(body)
}

/**
 * Answers 404 for Payload REST routes that exist in name only and would answer a client with a
 * 5xx: versions of a collection or global that keeps none, a collection whose routes are off
 * (`payload-migrations`: 501), and e-mail verification on an auth collection that does not verify.
 * Connect-style, in front of Payload's REST: `app.use(refuseUnservedRoutes(payload))`.
 */
export const refuseUnservedRoutes = (payload: Payload) => {
  const api = payload.config.routes.api
  const collections = payload.config.collections
  const unversioned = new Set<string>(collections.filter((c) => !c.versions).map((c) => c.slug))
  const closed = new Set<string>(collections.filter((c) => c.endpoints === false).map((c) => c.slug))
  const unverified = new Set<string>(collections.filter((c) => c.auth && !c.auth.verify).map((c) => c.slug))
  const unversionedGlobals = new Set<string>(
    payload.config.globals.filter((g) => !g.versions).map((g) => g.slug),
  )
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? ''
    if (!url.startsWith(`${api}/`)) return next()
    const [first = '', second = '', third = ''] = url
      .slice(api.length + 1)
      .split('?')[0]
      .split('/')
      .map((part) => {
        try {
          return decodeURIComponent(part)
        } catch {
          return part
        }
      })
    const refused =
      first === 'globals'
        ? unversionedGlobals.has(second) && third === 'versions'
        : closed.has(first) ||
          (unversioned.has(first) && second === 'versions') ||
          (unverified.has(first) && second === 'verify')
    if (refused) return notFound(res)
    next()
  }
}
