import type { Payload } from 'payload'

/** The longest a publish may hold the composition of public pages (then readers go on). */
export const HOLD_LIMIT_MS = 10_000

type Holds = Set<Promise<void>>

// One set per Payload instance and process, shared with Next.js's copy of this module (see pageCache).
const KEY = Symbol.for('mal-och-budget.editionPublishing')
const holder = globalThis as typeof globalThis & { [KEY]?: WeakMap<Payload, Holds> }
const holdsByPayload: WeakMap<Payload, Holds> = (holder[KEY] ??= new WeakMap())

const holdsOf = (payload: Payload): Holds => {
  let holds = holdsByPayload.get(payload)
  if (!holds) {
    holds = new Set()
    holdsByPayload.set(payload, holds)
  }
  return holds
}

/**
 * Holds the composition of public pages in this process while a plan and what it carries with it
 * are published one row after the other (SQLite has no transactions): a resident sees the edition
 * before or after, never half of it. Returns the release; a hold ends by itself after
 * {@link HOLD_LIMIT_MS}, so a publish that fails between its steps cannot hold readers for ever.
 */
export const holdPublicPages = (payload: Payload): (() => void) => {
  const holds = holdsOf(payload)
  let release = () => {}
  const hold = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, HOLD_LIMIT_MS)
    timer.unref()
    release = () => {
      clearTimeout(timer)
      resolve()
    }
  })
  holds.add(hold)
  void hold.then(() => holds.delete(hold))
  return release
}

/** Resolves when no publish of a whole edition is under way in this process. */
export const publicPagesSettled = async (payload: Payload): Promise<void> => {
  const holds = holdsOf(payload)
  while (holds.size > 0) await Promise.all(holds)
}
