import type { CollectionAfterReadHook } from 'payload'

import { APIError } from 'payload'

import { WORK_BOUND } from './contextKeys'

/** Most documents one anonymous request may read (relationships and joins included). */
export const MAX_ANONYMOUS_READS = 5000

/** Longest an anonymous request may keep reading, from its first document. */
export const MAX_ANONYMOUS_READ_MS = 3000

/** Response header that marks an answer cut short by the bound (GraphQL's answer is replaced). */
export const WORK_BOUND_HEADER = 'x-mob-work-bound'

type Tally = { reads: number; startedAt: number }

/**
 * After every document an anonymous request reads: counts it, and stops the request once it has
 * read {@link MAX_ANONYMOUS_READS} documents or kept reading for {@link MAX_ANONYMOUS_READ_MS} —
 * a bound on work whatever the query, checked between resolvers, behind the row count GraphQL
 * queries meet before they run. Staff are not bounded, nor the server's own work through the
 * Local API (a next year's plan copied, a page composed): that is not a request from outside, and
 * a busy machine must not cut it short.
 */
export const boundAnonymousWork: CollectionAfterReadHook = ({ doc, req }) => {
  if (req.user || req.payloadAPI === 'local') return doc
  const tally = (req.context[WORK_BOUND] as Tally | undefined) ?? {
    reads: 0,
    startedAt: Date.now(),
  }
  req.context[WORK_BOUND] = tally
  tally.reads += 1
  if (tally.reads > MAX_ANONYMOUS_READS || Date.now() - tally.startedAt > MAX_ANONYMOUS_READ_MS) {
    req.responseHeaders = new Headers({ [WORK_BOUND_HEADER]: '1' })
    throw new APIError(
      `Frågan kräver för mycket arbete (högst ${MAX_ANONYMOUS_READS} dokument eller ${MAX_ANONYMOUS_READ_MS / 1000} s): minska limit eller djupet / The request needs too much work: lower the limits or the depth`,
      400,
      undefined,
      true,
    )
  }
  return doc
}
