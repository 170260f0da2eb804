import type { Payload, TypedUser } from 'payload'

import type { User } from '../../host/payload-types'

import { MongoClient } from 'mongodb'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { buildAppConfig } from '../../host/config'
import { readSettings } from '../../host/settings'
import { databaseUrlOn, dropDatabase, onPostgres } from './postgres'

/** A Payload instance on a fresh database of its own, and how to throw it away. */
export type TestPayload = {
  /** The database URL the instance uses (a temporary SQLite file, or a fresh database). */
  databaseUrl: string
  destroy: () => Promise<void>
  payload: Payload
  uploadDir: string
}

/** True when the suite runs against MongoDB (`DATABASE_URL=mongodb…`). */
export const onMongo = (): boolean => (process.env.DATABASE_URL ?? '').startsWith('mongodb')

/**
 * Where the tests' SQLite files live: in memory-backed /dev/shm where there is one. There an fsync
 * costs nothing, so the stall budget measures the server's own work, not this machine's disk: on
 * the disk a commit's fsync runs on the event loop (libSQL is synchronous) and under the browser's
 * writes took up to 150 ms. The fault suite (`npm run faults`) runs on the disk. `MOB_TEST_DB_DIR`
 * chooses another folder.
 */
const sqliteTestFolder = (): string =>
  process.env.MOB_TEST_DB_DIR ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir())

/**
 * A database URL nobody else uses: a new SQLite file in a temp folder, or a new database on the
 * PostgreSQL or MongoDB server that `DATABASE_URL` names.
 */
export const freshDatabaseUrl = (
  name: string,
): { cleanup: () => Promise<void>; uploadDir: string; url: string } => {
  const id = `${name}_${randomUUID().slice(0, 8)}`.replace(/[^\w]/g, '_')
  const base = process.env.DATABASE_URL ?? ''
  if (onPostgres()) {
    // The server makes the database on its first start; the test drops it after.
    const database = `mob_test_${id}`.toLowerCase().slice(0, 63)
    const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-test-uploads-'))
    return {
      uploadDir,
      cleanup: async () => {
        await dropDatabase(base, database)
        fs.rmSync(uploadDir, { force: true, recursive: true })
      },
      url: databaseUrlOn(base, database),
    }
  }
  if (base.startsWith('mongodb')) {
    const url = new URL(base)
    url.pathname = `/mob_test_${id}`
    const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-test-uploads-'))
    return {
      uploadDir,
      cleanup: async () => {
        const client = new MongoClient(url.toString())
        try {
          await client.db().dropDatabase()
        } finally {
          await client.close()
        }
        fs.rmSync(uploadDir, { force: true, recursive: true })
      },
      url: url.toString(),
    }
  }
  const dir = fs.mkdtempSync(path.join(sqliteTestFolder(), 'mob-test-'))
  return {
    uploadDir: path.join(dir, 'uploads'),
    cleanup: async () => fs.rmSync(dir, { force: true, recursive: true }),
    url: `file:${path.join(dir, `${id}.db`)}`,
  }
}

/** Starts Payload (local API) on a fresh database of the calling test file's own. */
export const startTestPayload = async (
  name: string,
  env: Record<string, string> = {},
): Promise<TestPayload> => {
  const database = freshDatabaseUrl(name)
  const payload = await attachTestPayload(database.url, database.uploadDir, env)
  return {
    databaseUrl: database.url,
    destroy: async () => {
      await payload.destroy()
      await database.cleanup()
    },
    payload,
    uploadDir: database.uploadDir,
  }
}

/** Another Payload instance on an existing test database, as a second server process would be. */
export const attachTestPayload = async (
  databaseUrl: string,
  uploadDir: string,
  env: Record<string, string> = {},
  key = `${databaseUrl}#${randomUUID()}`,
): Promise<Payload> => {
  const settings = readSettings({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef0123456789',
    UPLOAD_DIR: uploadDir,
    ...env,
  })
  return getPayload({ config: await buildAppConfig(settings), key })
}

/**
 * An account of this app as Payload's Local API takes it: this app declares no global types (see
 * host/config.ts, so the plugin is never checked against them), and its generated `User` and
 * Payload's own user type differ in small ways (nullable sessions).
 */
export const staffUser = (user: User): TypedUser =>
  ({ ...user, collection: 'users' }) as unknown as TypedUser
