import type { IncomingMessage, ServerResponse } from 'node:http'

import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

const answer = (res: ServerResponse, status: number, message: string): void => {
  const body = JSON.stringify({ errors: [{ message }] })
  res.writeHead(status, {
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    'content-type': 'application/json; charset=utf-8',
  })
  res.end(body)
}

const notFound = (res: ServerResponse): void =>
  answer(res, 404, 'Okänd adress i API:et / Unknown address in the API')

/**
 * Answers 404 for Payload REST routes that exist in name only and would answer a client with a
 * 5xx: versions of a collection or global that keeps none, a collection whose routes are off
 * (`payload-migrations`: 501), e-mail verification on an auth collection that does not verify, a
 * file of an upload collection that is not on disk (Payload logs an error and answers 500), and
 * deleting a preference by REST (its query fails on SQLite in Payload 3.90); and 400 for a
 * `locale` or `fallback-locale` the site does not have (an empty one fails a write with a 500);
 * and 404 for a slug that names a property every JavaScript object has (`/api/constructor`);
 * and 405 for a PUT when no endpoint of the site takes one (Payload answered "Route not found").
 * Connect-style, in front of Payload's REST: `app.use(refuseUnservedRoutes(payload))`.
 */
export const refuseUnservedRoutes = (payload: Payload) => {
  const api = payload.config.routes.api
  const collections = payload.config.collections
  const unversioned = new Set<string>(collections.filter((c) => !c.versions).map((c) => c.slug))
  const closed = new Set<string>(
    collections.filter((c) => c.endpoints === false).map((c) => c.slug),
  )
  const unverified = new Set<string>(
    collections.filter((c) => c.auth && !c.auth.verify).map((c) => c.slug),
  )
  const fileDirs = new Map<string, string>(
    collections.flatMap((c) =>
      c.upload && typeof c.upload === 'object' && c.upload.staticDir
        ? [[c.slug, path.resolve(c.upload.staticDir)] as const]
        : [],
    ),
  )
  // Payload's own REST takes no PUT (saves are PATCH); one of the site's endpoints may.
  const endpointsOf = (entity: { endpoints?: unknown }) =>
    Array.isArray(entity.endpoints) ? (entity.endpoints as { method?: string }[]) : []
  const takesPut = [payload.config, ...collections, ...payload.config.globals]
    .flatMap(endpointsOf)
    .some((endpoint) => endpoint.method?.toLowerCase() === 'put')
  const unversionedGlobals = new Set<string>(
    payload.config.globals.filter((g) => !g.versions).map((g) => g.slug),
  )
  // Payload takes `?locale=` (empty) into a write and fails on it with a 500; refuse any value it
  // does not know, for reads and writes alike.
  const localeCodes = payload.config.localization ? payload.config.localization.localeCodes : []
  const locales = new Set([...localeCodes, 'all', '*'])
  const fallbacks = new Set([...localeCodes, 'none', 'null', 'false'])
  const unknownLocale = (query: string): string | undefined => {
    if (!payload.config.localization || !query) return undefined
    const params = new URLSearchParams(query)
    for (const [name, known] of [
      ['locale', locales],
      ['fallback-locale', fallbacks],
      ['fallbackLocale', fallbacks],
    ] as const) {
      for (const value of params.getAll(name)) if (!known.has(value)) return name
    }
    return undefined
  }
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = req.url ?? ''
    if (!url.startsWith(`${api}/`)) return next()
    if (req.method === 'PUT' && !takesPut) {
      res.setHeader('allow', 'GET, HEAD, POST, PATCH, DELETE, OPTIONS')
      return answer(
        res,
        405,
        'PUT används inte här: ändra med PATCH / PUT is not used here: change with PATCH',
      )
    }
    const wrong = unknownLocale(url.split('?')[1] ?? '')
    if (wrong) {
      return answer(
        res,
        400,
        `Okänt språk i ${wrong}: välj ${localeCodes.join(' eller ')} / Unknown language in ${wrong}: choose ${localeCodes.join(' or ')}`,
      )
    }
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
    if (first === 'payload-preferences' && req.method === 'DELETE' && second)
      return answer(
        res,
        405,
        'Inställningar tas inte bort via API:t / Preferences are not deleted through the API',
      )
    // Payload finds a collection or global by its slug as an object key: `constructor`,
    // `__proto__` or `toString` found Object's own and failed with a 500.
    if (first in Object.prototype || (first === 'globals' && second in Object.prototype))
      return notFound(res)
    const dir = fileDirs.get(first)
    if (dir && second === 'file' && (req.method === 'GET' || req.method === 'HEAD')) {
      const file = path.resolve(dir, third)
      if (!third || path.dirname(file) !== dir || !fs.existsSync(file)) return notFound(res)
    }
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
