import type { MigrateDownArgs, MigrateUpArgs, SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseTarget } from '../databaseUrl'

import { migrations } from '../migrations/sqlite'
import { DATABASE_WRITES } from './databaseCalls'
import { DatabaseFileMovedError } from './databaseErrors'
import { answerGoneWith404 } from './documentGone'
import { databaseFileWatch } from './databaseFileWatch'
import { oneWriterPerDocument } from './oneWriterPerDocument'
import { openSqliteClient } from './openSqliteClient'
import { answerWriteConflicts } from './writeConflicts'

/** Folder of the committed SQLite migrations (PostgreSQL's are beside it, see postgres.ts). */
export const MIGRATION_DIR = path.resolve('host/migrations/sqlite') // from the app's root, as npm runs

/** How long a write waits for another process's lock on the SQLite file before a 503. */
export const DEFAULT_SQLITE_BUSY_TIMEOUT_MS = 10_000

const refuseWritesWhile = (adapter: SQLiteAdapter, problem: () => string | undefined): void => {
  // Refused while the SQLite file is not where it was.
  for (const name of DATABASE_WRITES) {
    const write: (...args: never[]) => unknown = adapter[name]
    Object.assign(adapter, {
      [name]: function (this: unknown, ...args: never[]) {
        const reason = problem()
        if (reason) throw new DatabaseFileMovedError(reason)
        return write.apply(this, args)
      },
    })
  }
}

const createSqliteAdapter = async (
  target: Extract<DatabaseTarget, { kind: 'sqlite' }>,
): Promise<DatabaseAdapterObj> => {
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
  const watch = databaseFileWatch(target.filePath)
  const base = sqliteAdapter({
    client: { url: target.url },
    migrationDir: MIGRATION_DIR,
    prodMigrations: migrations,
    push: false,
    wal: true,
  })
  // Payload types a migration's arguments as `unknown`; the generated files declare SQLite's.
  const committed: Migration[] = migrations.map((migration) => ({
    name: migration.name,
    down: (args) => migration.down(args as MigrateDownArgs),
    up: (args) => migration.up(args as MigrateUpArgs),
  }))
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      const connect = adapter.connect
      refuseWritesWhile(adapter, watch.problem)
      answerWriteConflicts(adapter)
      answerGoneWith404(adapter)
      oneWriterPerDocument(adapter)
      adapter.connect = async (options) => {
        // Our client, opened before db-sqlite's connect so that it uses it: no busy waiting on
        // the main thread (see openSqliteClient).
        adapter.client ??= await openSqliteClient(
          target.url,
          target.busyTimeoutMs ?? DEFAULT_SQLITE_BUSY_TIMEOUT_MS,
        )
        watch.remember()
        await connect?.call(adapter, options)
        // db-sqlite applies `prodMigrations` only when NODE_ENV=production; we want the same
        // schema in development and tests, so apply them after connecting everywhere else too.
        if (process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_MIGRATING !== 'true') {
          await adapter.migrate({ migrations: committed })
        }
      }
      return adapter
    },
  }
}

/**
 * The only place that knows which database the product runs on.
 * SQLite: WAL on, schema only through committed migrations, applied at every start (in every
 * environment, never an interactive schema push); lock waits never block the event loop; writes
 * refused with 503 when the file is moved away. MongoDB: transactions when the URL names a
 * replica set. PostgreSQL: see postgres.ts. Only the adapter in use is loaded (each brings its driver; mongoose alone takes a
 * quarter of a second to import).
 */
export const createDatabaseAdapter = async (
  target: DatabaseTarget,
): Promise<DatabaseAdapterObj> => {
  if (target.kind === 'postgres') {
    const { createPostgresAdapter } = await import('./postgres')
    return createPostgresAdapter(target)
  }
  if (target.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      transactionOptions: target.transactions ? {} : false,
      url: target.url,
    })
  }
  return createSqliteAdapter(target)
}
