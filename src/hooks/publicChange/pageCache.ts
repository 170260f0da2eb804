import type { Payload, PayloadRequest } from 'payload'

import { LRUCache } from 'lru-cache'
import { randomUUID } from 'node:crypto'

import { pluginOptionsOf } from '../../options/pluginOptionsOf'

/** How long a process trusts the marker it read before reading it again. */
export const MARKER_TTL_MS = 1000
/** What each of the caches keeps at most; the least recently used entry goes first. */
export const CACHE_SIZES = {
  /** Serialized GraphQL answers, per (document, variables, operation). */
  graphql: 1000,
  /** Rendered HTML pages, per (plan, locale). */
  html: 200,
  /** Composed pages and their JSON, per (plan, locale). */
  pages: 500,
} as const

/** Which cache: every public representation has its own, so one kind cannot crowd out another. */
export type CacheName = keyof typeof CACHE_SIZES

type Entry = { marker: string; value: Promise<unknown> }
/** One read of the marker: when it began, whether it is done, and what it found. */
type MarkerRead = { readAt: number; settled: boolean; token?: string; value: Promise<string> }
type CacheState = {
  /**
   * A marker this process wrote and has not read back yet: the change is in a transaction that has
   * not committed (PostgreSQL), and a marker read meanwhile is the old one.
   */
  awaited?: { token: string; until: number }
  caches: Record<CacheName, LRUCache<string, Entry>>
  /** The marker last read from the database. */
  known?: string
  marker?: MarkerRead
}

/** How long a written marker is awaited before the write is taken as rolled back. */
const AWAIT_WRITTEN_MS = 15_000

// One cache per Payload instance and process: Next.js bundles its own copy of this module next
// to the server's, and both must share it, so it hangs off globalThis.
const KEY = Symbol.for('mal-och-budget.pageCaches')
const holder = globalThis as typeof globalThis & { [KEY]?: WeakMap<Payload, CacheState> }
const caches: WeakMap<Payload, CacheState> = (holder[KEY] ??= new WeakMap())

const stateOf = (payload: Payload): CacheState => {
  let state = caches.get(payload)
  if (!state) {
    state = {
      caches: {
        graphql: new LRUCache({ max: CACHE_SIZES.graphql }),
        html: new LRUCache({ max: CACHE_SIZES.html }),
        pages: new LRUCache({ max: CACHE_SIZES.pages }),
      },
    }
    caches.set(payload, state)
  }
  return state
}

const readMarker = async (payload: Payload): Promise<string> => {
  const marker = await payload.findGlobal({
    slug: pluginOptionsOf(payload.config).slugs.publicChangeMarker,
    depth: 0,
    overrideAccess: true,
  })
  return marker.token ?? 'initial'
}

/** Forgets the awaited marker once it has been read back (committed) or waited for long enough. */
const settleAwaited = (state: CacheState, now: number): void => {
  if (state.awaited && (state.awaited.until < now || state.awaited.token === state.known))
    state.awaited = undefined
}

/**
 * The current change marker, read from the database at most once per {@link MARKER_TTL_MS}. While
 * the database cannot be read (PostgreSQL restarting, a network break) the marker last read stands,
 * so residents keep getting the pages as last published (stale-if-error); it is read again after
 * the same interval.
 */
export const currentMarker = (payload: Payload): Promise<string> => {
  const state = stateOf(payload)
  const now = Date.now()
  settleAwaited(state, now)
  // Until this process's own change is committed and read back, the marker is read again as soon
  // as the previous read is done: the resident who saved sees the change at once after the save.
  const stale =
    !state.marker ||
    now - state.marker.readAt >= MARKER_TTL_MS ||
    (state.awaited !== undefined && state.marker.settled)
  if (stale) {
    const read: MarkerRead = { readAt: now, settled: false, value: Promise.resolve('') }
    read.value = readMarker(payload).then(
      (marker) => {
        read.settled = true
        read.token = marker
        // A read overtaken by a newer one (a change announced meanwhile) that ends last must not
        // put its older marker back.
        if (state.marker === read) state.known = marker
        return marker
      },
      (error: unknown) => {
        read.settled = true
        if (state.known === undefined) throw error
        read.token = state.known
        return state.known
      },
    )
    state.marker = read
    read.value.catch(() => {
      if (state.marker === read) state.marker = undefined
    })
  }
  return (state.marker as NonNullable<CacheState['marker']>).value
}

/**
 * The marker this process read less than {@link MARKER_TTL_MS} ago, without reading anything:
 * undefined when it is due to be read again, is being read, or a change this process made awaits
 * its commit. What was composed under it is still what the database holds.
 */
export const settledMarker = (payload: Payload): string | undefined => {
  const state = caches.get(payload)
  const read = state?.marker
  if (!state || !read?.settled) return undefined
  const now = Date.now()
  settleAwaited(state, now)
  if (state.awaited) return undefined
  return now - read.readAt < MARKER_TTL_MS ? read.token : undefined
}

/**
 * A cached value for `key`, composed again by `load` when anything public changed since (in this
 * process or any other sharing the database). Each cache is bounded (see {@link CACHE_SIZES}).
 */
export const cached = async <T>(
  payload: Payload,
  key: string,
  load: () => Promise<T>,
  cache: CacheName = 'pages',
): Promise<T> => {
  const entries = stateOf(payload).caches[cache]
  const marker = await currentMarker(payload)
  const hit = entries.get(key)
  if (hit && hit.marker === marker) return hit.value as Promise<T>
  const value = load()
  entries.set(key, { marker, value })
  value.catch(() => entries.delete(key))
  return value
}

/** The value cached for `key` under the current marker, without loading anything. */
export const peek = async <T>(
  payload: Payload,
  key: string,
  cache: CacheName,
): Promise<T | undefined> => {
  const hit = stateOf(payload).caches[cache].get(key)
  if (!hit || hit.marker !== (await currentMarker(payload))) return undefined
  return hit.value as Promise<T>
}

/** Keeps a value under the marker it was made for (read before making it). */
export const keep = (
  payload: Payload,
  key: string,
  marker: string,
  value: unknown,
  cache: CacheName,
): void => {
  stateOf(payload).caches[cache].set(key, { marker, value: Promise.resolve(value) })
}

/** Marks every public page as changed, for this process at once and for the others within a second. */
export const markPublicChange = async (req: PayloadRequest): Promise<void> => {
  const token = randomUUID()
  await req.payload.updateGlobal({
    slug: pluginOptionsOf(req.payload.config).slugs.publicChangeMarker,
    data: { token },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const state = stateOf(req.payload)
  state.awaited = { token, until: Date.now() + AWAIT_WRITTEN_MS }
  state.marker = undefined
}

/**
 * Forgets the change marker this process read, so the next read asks the database: for a host
 * told of a publish on another process at once (PostgreSQL's NOTIFY), sooner than the
 * once-a-second read.
 */
export const forgetPublicChangeMarker = (payload: Payload): void => {
  const state = stateOf(payload)
  state.marker = undefined
}
