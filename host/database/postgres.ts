import type { BaseDatabaseAdapter, DatabaseAdapterObj, Migration, Payload } from 'payload'

import path from 'node:path'
import pg from 'pg'

import type { DatabaseTarget } from '../databaseUrl'

import { migrations } from '../migrations/postgres'
import { DatabaseConnectError, DatabaseUnavailableError, unavailableCause } from './databaseErrors'
import { translateCallErrors } from './databaseCalls'
import { answerGoneWith404 } from './documentGone'
import { nextTurn } from './loopTurns'
import { writeConflictOf } from './writeConflicts'
import { listenForPublicChanges } from './publicChangeListener'
import { routePublicReadsToReplica } from './publicReads'

/** Folder of the committed PostgreSQL migrations. */
export const POSTGRES_MIGRATION_DIR = path.resolve('host/migrations/postgres')

/**
 * The advisory lock under which one process at a time applies the migrations: three processes
 * started at once on an empty database take turns, the first applies them, the others find them
 * applied. (Payload's own migrate has no lock.) Any 64-bit number that nothing else uses.
 */
export const MIGRATION_LOCK_KEY = '7236578163952021'

export const DEFAULT_PG_POOL_MAX = 10
export const DEFAULT_PG_STATEMENT_TIMEOUT_MS = 15_000
export const DEFAULT_PG_CONNECT_TIMEOUT_MS = 3_000
/** How long a request waits for a free pooled connection by default (`PG_POOL_WAIT_MS`). */
export const DEFAULT_PG_POOL_WAIT_MS = 10_000

/**
 * node-postgres's pool has one time-out for two waits: a new connection opening and a request
 * waiting for a free one. A burst (200 feedback posts at once) waits for a free connection longer
 * than a connection takes to open, and was answered 503 as if the database were away. The pool
 * now waits `poolWaitMs` for a free connection, and each connection it opens — this client —
 * still gives up after `connectTimeoutMs`.
 */
const clientConnectingWithin = (connectTimeoutMs: number) =>
  class ClientConnectingWithin extends pg.Client {
    constructor(config?: pg.ClientConfig | string) {
      super({
        ...(typeof config === 'string' ? { connectionString: config } : config),
        connectionTimeoutMillis: connectTimeoutMs,
      })
    }
  }

type PgTarget = Extract<DatabaseTarget, { kind: 'postgres' }>

/**
 * Each database call that fails because PostgreSQL is away (restarting, unreachable, out of
 * connections) or a statement ran past its time-out throws a 503 that says so in Swedish and
 * English — never a 500 — and the pool reconnects by itself once the database is back; one that
 * fails on a write conflict or a reference answers as `writeConflictOf` says. (One wrapper for
 * both: every database call goes through it.) A call that answers lets its caller go on in a turn
 * of the loop of its own.
 */
const answerCallErrors = (adapter: BaseDatabaseAdapter): void =>
  translateCallErrors(
    adapter,
    (error, call) => {
      const cause = unavailableCause(error)
      return cause ? new DatabaseUnavailableError(cause) : writeConflictOf(error, call)
    },
    // The pool answers many queries in one poll of the network: each caller goes on in a turn of
    // its own (three anonymous queries of twenty lists held the loop 256 ms).
    { thenWait: nextTurn },
  )

type PoolClient = {
  query: (sql: string, values?: unknown[]) => Promise<unknown>
  release: () => void
}
type Pool = {
  connect: () => Promise<PoolClient>
  end: () => Promise<void>
  on: (event: 'error', listener: (error: Error & { code?: string }) => void) => void
}

/** Applies the committed migrations, one process at a time (PostgreSQL's advisory lock). */
const migrateUnderLock = async (
  adapter: { migrate: (args: { migrations: Migration[] }) => Promise<void>; pool: Pool },
  payload: Payload,
): Promise<void> => {
  const client = await adapter.pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    try {
      await adapter.migrate({ migrations: migrations as unknown as Migration[] })
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: 'PostgreSQL: the migrations could not be applied' })
    throw error
  } finally {
    client.release()
  }
}

/** PostgreSQL's codes for a database that is missing, and for one created at the same moment. */
const NO_SUCH_DATABASE = '3D000'
const CREATED_AT_ONCE = new Set(['42P04', '23505'])

/**
 * Creates the database named in the address when it does not exist yet (a first start), and lets
 * several processes started at once do so: the one that loses the race finds it created. Payload's
 * own creation is off, since two processes racing there end one of them.
 */
export const ensureDatabase = async (url: string, connectTimeoutMs: number): Promise<void> => {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs })
  try {
    await probe.connect()
    return
  } catch (error) {
    // Anything but a missing database (PostgreSQL away, a refused login) is for Payload's connect
    // to report as it always does.
    if ((error as { code?: string }).code !== NO_SUCH_DATABASE) return
  } finally {
    await probe.end().catch(() => undefined)
  }
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  target.pathname = '/postgres'
  const admin = new pg.Client({
    connectionString: target.toString(),
    connectionTimeoutMillis: connectTimeoutMs,
  })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
  } catch (error) {
    if (!CREATED_AT_ONCE.has((error as { code?: string }).code ?? '')) {
      const cause = error instanceof Error ? error.message : String(error)
      throw new Error(
        `database "${name}" does not exist and could not be created (${cause}); create it (createdb ${name}) or name one that exists`,
      )
    }
  } finally {
    await admin.end().catch(() => undefined)
  }
}

/**
 * PostgreSQL through Payload's adapter: transactions on, a pool of `PG_POOL_MAX` connections per
 * process, statements cut off after `PG_STATEMENT_TIMEOUT_MS` and connections after
 * `PG_CONNECT_TIMEOUT_MS` (a database that is away answers 503 in seconds, never hangs a request),
 * a request waiting at most `PG_POOL_WAIT_MS` for a free connection (a burst queues, then 503),
 * schema only through the committed migrations — applied at start under an advisory lock, in every
 * environment — and the residents' reads from one of `DATABASE_READ_URLS` when given.
 */
export const createPostgresAdapter = async (target: PgTarget): Promise<DatabaseAdapterObj> => {
  const { postgresAdapter } = await import('@payloadcms/db-postgres')
  const statementTimeout = target.statementTimeoutMs ?? DEFAULT_PG_STATEMENT_TIMEOUT_MS
  const connectTimeoutMs = target.connectTimeoutMs ?? DEFAULT_PG_CONNECT_TIMEOUT_MS
  const base = postgresAdapter({
    disableCreateDatabase: true,
    migrationDir: POSTGRES_MIGRATION_DIR,
    pool: {
      Client: clientConnectingWithin(connectTimeoutMs),
      connectionString: target.url,
      connectionTimeoutMillis: Math.max(
        connectTimeoutMs,
        target.poolWaitMs ?? DEFAULT_PG_POOL_WAIT_MS,
      ),
      // A transaction left open by a crashed request gives its locks back.
      idle_in_transaction_session_timeout: statementTimeout * 2,
      max: target.poolMax ?? DEFAULT_PG_POOL_MAX,
      statement_timeout: statementTimeout,
    },
    push: false,
    ...(target.readReplicas?.length ? { readReplicas: target.readReplicas } : {}),
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      answerCallErrors(adapter)
      answerGoneWith404(adapter)
      const { connect, destroy } = adapter
      let stopListening: (() => Promise<void>) | undefined
      const poolOf = () => (adapter as unknown as { pool?: Pool }).pool
      adapter.connect = async (options) => {
        try {
          await ensureDatabase(target.url, connectTimeoutMs)
          await connect?.call(adapter, options)
        } catch (error) {
          throw new DatabaseConnectError(error)
        }
        routePublicReadsToReplica(adapter as unknown as { drizzle: unknown })
        // A pooled connection that PostgreSQL ends (a restart, an operator, a dropped database)
        // is reported on the pool: without a listener Node would end the process.
        poolOf()?.on('error', (error: Error & { code?: string }) => {
          args.payload.logger.warn(
            `PostgreSQL ended an idle connection (${error.code ?? error.message}); the pool opens a new one when needed.`,
          )
        })
        if (process.env.PAYLOAD_MIGRATING !== 'true') {
          await migrateUnderLock(
            adapter as unknown as Parameters<typeof migrateUnderLock>[0],
            args.payload,
          )
          stopListening ??= listenForPublicChanges(args.payload, target.url, connectTimeoutMs)
        }
      }
      // Payload's destroy leaves the pool open; close it (its idle connections at once).
      adapter.destroy = async () => {
        await stopListening?.()
        stopListening = undefined
        const pool = poolOf()
        await destroy?.call(adapter)
        if (pool) {
          await Promise.race([
            pool.end().catch(() => undefined),
            new Promise((resolve) => setTimeout(resolve, 500).unref()),
          ])
          ;(adapter as unknown as { pool?: Pool }).pool = undefined
        }
      }
      return adapter
    },
  }
}
