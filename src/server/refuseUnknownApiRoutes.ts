import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Endpoint, Payload } from 'payload'

import { match } from 'path-to-regexp'

type Matcher = { method: string; test: (path: string) => boolean }

const matchersOf = (endpoints: Endpoint[] | false | undefined): Matcher[] =>
  (endpoints || []).map((endpoint) => {
    const test = match(endpoint.path, { decode: decodeURIComponent })
    return {
      method: endpoint.method,
      test: (path: string) => {
        try {
          return test(path) !== false
        } catch {
          return false // a malformed escape: Payload finds no route either
        }
      },
    }
  })

/** The method Payload serves a request as: a POST may ask to be read as a GET (the admin does). */
const methodOf = (req: IncomingMessage): string => {
  const method = (req.method ?? '').toLowerCase()
  if (method === 'head') return 'get'
  const override =
    req.headers['x-payload-http-method-override'] ?? req.headers['x-http-method-override']
  return method === 'post' && override === 'GET' ? 'get' : method
}

/**
 * Answers `404` in Swedish and English for an API address no Payload endpoint takes (Payload's own
 * answer is English only: `Route not found "/api/…"`). It finds the endpoint the way Payload's REST
 * handler does: a collection's or global's by its slug (`/api/globals/:slug/…`), else the site's
 * root endpoints; GraphQL and `OPTIONS` pass. Put it after every Express route of the site under
 * the API (this app: right after `createMalOchBudgetRouter`): what it refuses never reaches Next.js.
 */
export const refuseUnknownApiRoutes = (payload: Payload) => {
  const api = payload.config.routes.api.replace(/\/$/, '')
  const collections = new Map(
    payload.config.collections.map((c) => [c.slug, matchersOf(c.endpoints)] as const),
  )
  const globals = new Map(
    payload.config.globals.map((g) => [g.slug, matchersOf(g.endpoints)] as const),
  )
  const root = matchersOf(payload.config.endpoints)
  const passes = new Set(['graphql', 'graphql-playground'].filter((slug) => !collections.has(slug)))
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? ''
    if (!url.startsWith(`${api}/`)) return next()
    const method = methodOf(req)
    if (method === 'options') return next()
    let pathname: string
    try {
      pathname = new URL(url, 'http://localhost').pathname.replace(/\/+$/, '')
    } catch {
      return next() // Payload answers what it cannot read
    }
    if (!pathname.startsWith(`${api}/`)) return next()
    let rest = pathname.slice(api.length)
    const [, first = '', second = ''] = rest.split('/')
    // Next.js's own GraphQL routes (a path under them goes to Payload's REST, which refuses it).
    if (passes.has(rest.slice(1))) return next()
    let matchers = root
    if (first === 'globals' && globals.has(second)) {
      matchers = globals.get(second) ?? []
      rest = rest.slice(`/globals/${second}`.length)
    } else if (collections.has(first)) {
      matchers = collections.get(first) ?? []
      rest = rest.slice(`/${first}`.length)
    }
    const path = rest || '/'
    if (matchers.some((m) => m.method === method && m.test(path))) return next()
    const shown = JSON.stringify(pathname.slice(0, 200))
    const body = JSON.stringify({
      errors: [
        {
          message: `Ingen sådan adress i API:et: ${shown} / No such address in the API: ${shown}`,
        },
      ],
    })
    res.writeHead(404, {
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
      'content-type': 'application/json; charset=utf-8',
    })
    res.end(body)
  }
}
