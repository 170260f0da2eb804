import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DatabaseTarget } from './lib/databaseUrl'

import { migrations } from './migrations'

/** Folder of the committed SQLite migrations. */
export const MIGRATION_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'migrations',
)

/**
 * The only place that knows which database the product runs on.
 * SQLite: WAL on, schema only through committed migrations, applied at every start (in every
 * environment, never an interactive schema push). MongoDB: transactions when the URL names a
 * replica set.
 */
export const createDatabaseAdapter = (target: DatabaseTarget): DatabaseAdapterObj => {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      transactionOptions: target.transactions ? {} : false,
      url: target.url,
    })
  }

  fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
  const base = sqliteAdapter({
    busyTimeout: 5000,
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
    init: (args: Parameters<DatabaseAdapterObj['init']>[0]) => {
      const adapter = base.init(args)
      const connect = adapter.connect
      // db-sqlite applies `prodMigrations` only when NODE_ENV=production; we want the same schema
      // in development and tests, so apply them after connecting everywhere else too.
      adapter.connect = async (options) => {
        await connect?.call(adapter, options)
        if (process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_MIGRATING !== 'true') {
          await adapter.migrate({ migrations: committed })
        }
      }
      return adapter
    },
  }
}
