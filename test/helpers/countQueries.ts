import type { Payload } from 'payload'

/** Counts every call into the database adapter while `fn` runs (real calls, nothing replaced). */
export const countQueries = async (
  payload: Payload,
  fn: () => Promise<unknown>,
): Promise<number> => {
  const db = payload.db as unknown as Record<string, unknown>
  const methods = [
    'find',
    'findOne',
    'findGlobal',
    'count',
    'queryDrafts',
    'findVersions',
    'findGlobalVersions',
    'findDistinct',
  ]
  const originals = new Map<string, unknown>()
  let calls = 0
  for (const name of methods) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = (...args: unknown[]) => {
      calls += 1
      return (original as (...a: unknown[]) => unknown).apply(payload.db, args)
    }
  }
  try {
    await fn()
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
  return calls
}
