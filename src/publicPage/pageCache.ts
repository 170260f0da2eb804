import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { PUBLIC_CHANGE_MARKER_SLUG } from './PublicChangeMarker'

/** How long a process trusts the marker it read before reading it again. */
export const MARKER_TTL_MS = 1000
const MAX_ENTRIES = 500

type Entry<T> = { marker: string; value: Promise<T> }
type CacheState = {
  entries: Map<string, Entry<unknown>>
  marker?: { readAt: number; value: Promise<string> }
}

// One cache per process: Next.js bundles its own copy of this module next to the server's, and
// both must share it.
const KEY = Symbol.for('mal-och-budget.pageCache')
const globalState = globalThis as typeof globalThis & { [KEY]?: CacheState }
const state: CacheState = (globalState[KEY] ??= { entries: new Map() })

const readMarker = async (payload: Payload): Promise<string> => {
  const marker = await payload.findGlobal({
    slug: PUBLIC_CHANGE_MARKER_SLUG,
    depth: 0,
    overrideAccess: true,
  })
  return marker.token ?? 'initial'
}

/** The current change marker, read from the database at most once per {@link MARKER_TTL_MS}. */
export const currentMarker = (payload: Payload): Promise<string> => {
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
 * process or any other sharing the database).
 */
export const cached = async <T>(
  payload: Payload,
  key: string,
  load: () => Promise<T>,
): Promise<T> => {
  const marker = await currentMarker(payload)
  const hit = state.entries.get(key)
  if (hit && hit.marker === marker) return hit.value as Promise<T>
  const value = load()
  state.entries.set(key, { marker, value })
  value.catch(() => state.entries.delete(key))
  if (state.entries.size > MAX_ENTRIES)
    state.entries.delete(state.entries.keys().next().value ?? '')
  return value
}

/** Marks every public page as changed, for this process at once and for the others within a second. */
export const markPublicChange = async (req: PayloadRequest): Promise<void> => {
  await req.payload.updateGlobal({
    slug: PUBLIC_CHANGE_MARKER_SLUG,
    data: { token: randomUUID() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  state.marker = undefined
}
