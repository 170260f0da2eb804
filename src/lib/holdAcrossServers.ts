import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { APIError, ValidationError } from 'payload'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** How long a step waits for another server's step on the same key before it is refused (503). */
export const HOLD_WAIT_MS = 5_000
/** A lease older than this was left by a server that stopped mid-step; the next step takes it. */
const LEASE_MS = 60_000
const RETRY_MS = 20

type DrizzleAdapter = {
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
  name: string
  sessions?: Record<number | string, { db: unknown } | undefined>
}

/** One key per document however its id is written ("12", 12, "012"). */
export const documentKey = (collection: string, id: unknown): string =>
  `${collection}:${/^\d+$/.test(String(id)) ? String(Number(id)) : String(id)}`

const busy = () =>
  new APIError(
    'Någon annan ändrar det här just nu: försök igen om en stund / Someone else is changing this right now: try again in a moment',
    503,
    undefined,
    true,
  )

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`

const HELD = 'malOchBudgetHeldKeys'

/** The lock a bulk save or delete of the collection takes alone, and every step of one of its
 * documents (and every save of one by its id) shares. */
const collectionLock = (key: string): string =>
  sqlText(`mob:collection:${key.slice(0, key.indexOf(':'))}`)

/**
 * PostgreSQL: a lock of the transaction begun on `req`, released when it commits or rolls back.
 * One document's key (`whole: false`): its own lock, and its collection's shared. The whole
 * collection (`whole: true`, a bulk save or delete by a filter, whose documents are not known
 * before it reads them): the collection's lock alone, so it waits for every step and save of one
 * of its documents, and they for it. A transaction takes one key and what it already holds: a
 * second, other key is not waited for (a step that writes other documents on its way cannot wait
 * on a step that waits on it).
 */
const holdInTransaction = async (
  req: PayloadRequest,
  key: string,
  { whole = false }: { whole?: boolean } = {},
): Promise<boolean> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  if (adapter.name !== 'postgres' || !req.transactionID) return false
  const transaction = await req.transactionID
  const db = adapter.sessions?.[transaction]?.db
  if (!db) return false
  const held = req.context[HELD] as undefined | { transaction: unknown }
  if (held?.transaction === transaction) return true
  req.context[HELD] = { transaction }
  // Tried, not waited for inside PostgreSQL: a lock timeout would stay on for the rest of the
  // transaction, and a wait on a row later in it would fail instead of waiting.
  const tryLock = whole
    ? `SELECT pg_try_advisory_xact_lock(hashtext(${collectionLock(key)})) AS held`
    : // The collection's shared lock first (CASE keeps the order): no bulk write holds it then.
      `SELECT CASE WHEN pg_try_advisory_xact_lock_shared(hashtext(${collectionLock(key)})) ` +
      `THEN pg_try_advisory_xact_lock(hashtext(${sqlText(`mob:${key}`)})) ELSE false END AS held`
  const giveUpAt = Date.now() + HOLD_WAIT_MS
  for (;;) {
    const answer = (await adapter.execute({ db, raw: tryLock })) as { rows?: { held?: unknown }[] }
    if (answer.rows?.[0]?.held === true) return true
    if (Date.now() > giveUpAt) throw busy()
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS))
  }
}

/**
 * Elsewhere (SQLite, MongoDB): a row of the job leases, whose unique key lets only one server in.
 * Answers its release.
 */
const holdByLease = async (req: PayloadRequest, key: string): Promise<() => Promise<void>> => {
  const collection = pluginOptionsOf(req.payload.config).slugs.jobLeases
  const lease = `hold:${key}`
  const holder = `${hostname()}:${process.pid}:${randomUUID()}`
  const giveUpAt = Date.now() + HOLD_WAIT_MS
  for (;;) {
    try {
      await req.payload.create({
        collection,
        data: { holder, key: lease },
        disableTransaction: true,
      })
      break
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
    }
    if (Date.now() > giveUpAt) throw busy()
    await req.payload.delete({
      collection,
      disableTransaction: true,
      where: {
        and: [
          { key: { equals: lease } },
          { createdAt: { less_than: new Date(Date.now() - LEASE_MS).toISOString() } },
        ],
      },
    })
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS))
  }
  return async () => {
    await req.payload.delete({
      collection,
      disableTransaction: true,
      where: { and: [{ key: { equals: lease } }, { holder: { equals: holder } }] },
    })
  }
}

/**
 * Runs `work` as the only holder of `key` across every server on the database: a step that reads
 * a state and writes the next one (a review step, next year's plan) then reads what the step before
 * it wrote, on whichever server that ran. Call it inside the step's transaction, if it has one.
 * Waits at most {@link HOLD_WAIT_MS} for another server's step, then `503`.
 * - PostgreSQL: a transaction-scoped advisory lock (nothing left behind if a server stops).
 * - SQLite and MongoDB: a lease row with a unique key, removed after the work; one left by a
 *   server that stopped mid-step is taken over after a minute.
 */
export const whileHolding = async <T>(
  req: PayloadRequest,
  key: string,
  work: () => Promise<T>,
): Promise<T> => {
  if (await holdInTransaction(req, key)) return work()
  const release = await holdByLease(req, key)
  try {
    return await work()
  } finally {
    await release()
  }
}

/**
 * A save or delete of one document (by its id) waits, on PostgreSQL, while a review step or a
 * scheduled publish of it runs on any server, and a step waits for it: a save read the document
 * before an approval wrote it and put back the old review log, and a delete that crossed an
 * approval answered 200 and left the document published (with versions of no document). A bulk
 * save or delete (by a filter) waits for every step and save of the collection's documents, and
 * they for it. Held by the operation's transaction, so nothing is left behind whether it succeeds
 * or fails. Nothing is held on SQLite or MongoDB (see the README).
 */
export const holdWhileWriting =
  (collection: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'update' && operation !== 'delete') return args
    const { id } = args as { id?: unknown }
    if (id === undefined || id === null) {
      await holdInTransaction(req, documentKey(collection, '*'), { whole: true })
      return args
    }
    if (typeof id === 'object') return args
    await holdInTransaction(req, documentKey(collection, id))
    return args
  }

const SETTLING = 'malOchBudgetSettlingDelete'

/**
 * Whether `req` runs in a transaction the adapter holds open. Its `transactionID` alone does not
 * say: without transactions it is a promise of null, and after Payload's relationship loader ran
 * on the request it is `{}` (the loader's batch key is JSON, which a promise does not survive).
 */
const inTransaction = async (req: PayloadRequest): Promise<boolean> => {
  const id = await req.transactionID
  const { sessions } = req.payload.db as { sessions?: Record<number | string, unknown> }
  return (typeof id === 'string' || typeof id === 'number') && Boolean(sessions?.[id])
}

type Deleted = { createdAt?: unknown; id?: unknown }

/** What a step on another server may have written back after the delete: the document, versions. */
const settleOne = async (req: PayloadRequest, collection: string, deleted: Deleted) => {
  const { payload } = req
  const slug = collection as 'goals'
  const back = await payload.find({
    collection: slug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { createdAt: true },
    where: { id: { equals: deleted.id } },
  })
  const again = back.docs[0] as Deleted | undefined
  // The same document (an id of SQLite can be handed out again to a new one).
  if (again && again.createdAt === deleted.createdAt) {
    await payload.delete({
      collection: slug,
      context: { [SETTLING]: true },
      id: deleted.id as number,
      overrideAccess: true,
    })
    return
  }
  if (again) return
  // A version written between the delete's removal of versions and of the document lost its
  // parent to the foreign key (set to null): no version without a parent is anyone's.
  const left = {
    or: [{ parent: { equals: deleted.id } }, { parent: { exists: false } }],
  }
  const versions = await payload.db.countVersions({ collection, req: undefined, where: left })
  if (versions.totalDocs > 0) await payload.db.deleteVersions({ collection, where: left })
}

/**
 * After a delete on SQLite, which {@link holdWhileWriting} does not hold: waits for a
 * review step or scheduled publish of the same document running on another server (its hold),
 * then removes what that step wrote after the delete. A delete that crossed an approval answered
 * 200 and the approval put the document back, published, or left versions of no document. The
 * delete is the later word: the document stays gone. Holds only for its own moment, so nothing is
 * left behind whether the delete succeeded or not.
 */
export const settleDeleteAcrossServers =
  (collection: string): CollectionAfterOperationHook =>
  async ({ operation, req, result }) => {
    if (operation !== 'deleteByID' && operation !== 'delete') return result
    // Only once the delete is written: run without a transaction (SQLite as the host opens it).
    // Inside one (MongoDB, SQLite with transactions) the settling delete would wait on the first.
    if (req.context[SETTLING] || (await inTransaction(req))) return result
    const deleted: Deleted[] =
      operation === 'deleteByID'
        ? [result as Deleted]
        : ((result as { docs?: Deleted[] }).docs ?? [])
    for (const doc of deleted) {
      if (doc?.id === undefined || doc.id === null) continue
      const key = documentKey(collection, doc.id)
      try {
        await whileHolding(req, key, () => settleOne(req, collection, doc))
      } catch (error) {
        // The delete is written and stands: its answer says so, and the log says what was not
        // settled (a step held the document past the wait, or the database refused).
        req.payload.logger.warn(
          `Not settled after the delete of ${key}: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    return result
  }
