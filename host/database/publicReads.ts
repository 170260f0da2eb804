import type { NextFunction, Request, Response } from 'express'

import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Which requests read from a replica (`DATABASE_READ_URLS`): a resident's — no session cookie, no
 * API key — reading the site (GET, HEAD, or a GraphQL query). Staff, every write and everything in
 * a transaction read from the primary, so an editor sees a save at once.
 *
 * One store per process: Next.js bundles its own copy of this module next to the server's, and both
 * must see the mark the server's middleware sets, so it hangs off globalThis.
 */
const KEY = Symbol.for('mal-och-budget.publicReads')
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<true> }
const publicReads: AsyncLocalStorage<true> = (holder[KEY] ??= new AsyncLocalStorage())

/** Whether the code running now serves an anonymous reader (set by {@link markPublicReads}). */
export const readingForPublic = (): boolean => publicReads.getStore() === true

const isSignedIn = (req: Request, cookiePrefix: string): boolean =>
  req.headers.authorization !== undefined ||
  (req.headers.cookie ?? '').includes(`${cookiePrefix}-token=`)

/** Express middleware: runs an anonymous reader's request in the public-reads context. */
export const markPublicReads =
  ({ apiRoute, cookiePrefix }: { apiRoute: string; cookiePrefix: string }) =>
  (req: Request, _res: Response, next: NextFunction): void => {
    const reading =
      req.method === 'GET' ||
      req.method === 'HEAD' ||
      (req.method === 'POST' && req.path === `${apiRoute}/graphql`)
    if (reading && !isSignedIn(req, cookiePrefix)) publicReads.run(true, next)
    else next()
  }

/** The query builders of drizzle that only read (drizzle's own `withReplicas` sends these to a replica). */
const READS = new Set<PropertyKey>([
  '$count',
  '$with',
  'query',
  'select',
  'selectDistinct',
  'selectDistinctOn',
  'with',
])

type Replicated = { $primary: object; $replicas: object[] }

/**
 * Routes the adapter's reads: a resident's to one replica (the same one for the whole life of the
 * process, so the change marker and the content it guards are read from the same copy and a page is
 * never cached newer-marker-over-older-content), everything else to the primary. Replaces the
 * adapter's `drizzle` after Payload's connect made it a drizzle `withReplicas`.
 */
export const routePublicReadsToReplica = (adapter: { drizzle: unknown }): void => {
  const replicated = adapter.drizzle as Partial<Replicated>
  if (!replicated.$primary || !replicated.$replicas?.length) return
  const primary = replicated.$primary
  const replica =
    replicated.$replicas[Math.floor(Math.random() * replicated.$replicas.length)] ?? primary
  adapter.drizzle = new Proxy(primary, {
    get: (_target, property) => {
      const source = READS.has(property) && readingForPublic() ? replica : primary
      const value: unknown = Reflect.get(source, property)
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(source)
        : value
    },
  })
}
