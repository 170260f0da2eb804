import type { Payload } from 'payload'

import fs from 'node:fs/promises'

import type { DatabaseTarget } from './lib/databaseUrl'

import { USERS_SLUG } from './collections/Users'

/** What `GET /healthz` answers. */
export type HealthReport =
  | { database: DatabaseTarget['kind']; status: 'ok' }
  | { database: DatabaseTarget['kind']; reason: string; status: 'unavailable' }

const SQLITE_HEADER = 'SQLite format 3\u0000'

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the database did not answer within ${ms} ms`)),
      ms,
    )
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

// An open SQLite connection keeps working on a file that was moved, deleted or made unreadable,
// while every new connection (a restart, a second process) would not find the data: check the file.
const checkSqliteFile = async (filePath: string): Promise<void> => {
  const handle = await fs.open(filePath, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0)
    if (bytesRead < 16 || buffer.toString('latin1') !== SQLITE_HEADER) {
      throw new Error(`${filePath} is not an SQLite database`)
    }
  } finally {
    await handle.close()
  }
}

/** A real round trip to the database (and, for SQLite, a look at its file), bounded in time. */
export const checkHealth = async (
  payload: Payload,
  target: DatabaseTarget,
  timeoutMs = 2000,
): Promise<HealthReport> => {
  try {
    await withTimeout(
      (async () => {
        if (target.kind === 'sqlite') await checkSqliteFile(target.filePath)
        await payload.count({ collection: USERS_SLUG, overrideAccess: true })
      })(),
      timeoutMs,
    )
    return { database: target.kind, status: 'ok' }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { database: target.kind, reason, status: 'unavailable' }
  }
}
