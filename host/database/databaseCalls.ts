import type { BaseDatabaseAdapter } from 'payload'

/** The adapter methods that change data. */
export const DATABASE_WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

/** The adapter methods that read. */
export const DATABASE_READS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

/** What the adapter does with the database per request: reads, writes, transactions. */
export const DATABASE_CALLS = [
  ...DATABASE_WRITES,
  ...DATABASE_READS,
  'beginTransaction',
  'commitTransaction',
  'rollbackTransaction',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

/**
 * Every database call of the adapter throws `translate(error)` instead of its error when that
 * answers one (an error a person can act on), else the error as it was. With `thenWait`, a call
 * that answers waits for it before its caller goes on (see loopTurns).
 */
export const translateCallErrors = (
  adapter: BaseDatabaseAdapter,
  translate: (error: unknown, call: (typeof DATABASE_CALLS)[number]) => Error | undefined,
  { thenWait }: { thenWait?: () => Promise<void> } = {},
): void => {
  for (const name of DATABASE_CALLS) {
    const call = adapter[name] as undefined | ((...args: unknown[]) => Promise<unknown>)
    if (typeof call !== 'function') continue
    Object.assign(adapter, {
      [name]: async function (this: unknown, ...args: unknown[]) {
        let result: unknown
        try {
          result = await call.apply(this, args)
        } catch (error) {
          throw translate(error, name) ?? error
        }
        if (thenWait) await thenWait()
        return result
      },
    })
  }
}
