import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** How long a process trusts the marker it read before reading it again. */
export const MARKER_TTL_MS = 1000
/** Most entries a cache keeps; the oldest goes first. */
export const MAX_ENTRIES = 500

type Entry<T> = { marker: string; value: Promise<T> }
type CacheState = {
  entries: Map<string, Entry<unknown>>
  marker?: { readAt: number; value: Promise<string> }
}

// One cache per Payload instance and process: Next.js bundles its own copy of this module next
// to the server's, and both must share it, so it hangs off globalThis.
const KEY = Symbol.for('mal-och-budget.pageCaches')
const holder = globalThis as typeof globalThis & { [KEY]?: WeakMap<Payload, CacheState> }
const caches: WeakMap<Payload, CacheState> = (holder[KEY] ??= new WeakMap())

const stateOf = (payload: Payload): CacheState => {
  let state = caches.get(payload)
  if (!state) {
    state = { entries: new Map() }
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

/** The current change marker, read from the database at most once per {@link MARKER_TTL_MS}. */
export const currentMarker = (payload: Payload): Promise<string> => {
  const state = stateOf(payload)
  const now = Date.now()
  if (!state.marker || now - state.marker.readAt >= MARKER_TTL_MS) {
    const value = readMarker(payload)
    state.marker = { readAt: now, value }
    value.catch(() => (state.marker = undefined))
  }
  return state.marker.value
}

/**
 * A cached value for `key`, composed again by `load` when anything public changed since (in this
 * process or any other sharing the database). At most {@link MAX_ENTRIES} entries.
 */
export const cached = async <T>(
  payload: Payload,
  key: string,
  load: () => Promise<T>,
): Promise<T> => {
  const state = stateOf(payload)
  const marker = await currentMarker(payload)
  const hit = state.entries.get(key)
  if (hit && hit.marker === marker) return hit.value as Promise<T>
  const value = load()
  state.entries.delete(key) // re-inserted last: the oldest entries are the first to go
  state.entries.set(key, { marker, value })
  value.catch(() => state.entries.delete(key))
  if (state.entries.size > MAX_ENTRIES) {
    state.entries.delete(state.entries.keys().next().value ?? '')
  }
  return value
}

/** Marks every public page as changed, for this process at once and for the others within a second. */
export const markPublicChange = async (req: PayloadRequest): Promise<void> => {
  await req.payload.updateGlobal({
    slug: pluginOptionsOf(req.payload.config).slugs.publicChangeMarker,
    data: { token: randomUUID() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  stateOf(req.payload).marker = undefined
}
