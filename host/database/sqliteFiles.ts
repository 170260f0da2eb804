import { type Client, createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import { openSqliteClient } from './openSqliteClient'

/** What a consistent copy of the database holds, as read back through the driver. */
export type BackupCheck = { feedback: number; integrity: string; migrations: number; plans: number }

const count = async (client: Client, table: string): Promise<number> =>
  Number((await client.execute(`select count(*) as n from "${table}"`)).rows[0]?.n ?? 0)

/**
 * Reads a database file back through the driver: `PRAGMA integrity_check` and a few counts.
 * Throws when it is not a database of this product (no migrations table).
 */
export const checkDatabaseFile = async (filePath: string): Promise<BackupCheck> => {
  // A plain connection: reading a backup must not turn it into a WAL database.
  const client = createClient({ url: `file:${filePath}` })
  try {
    const integrity = String(
      (await client.execute('PRAGMA integrity_check')).rows[0]?.integrity_check,
    )
    return {
      feedback: await count(client, 'feedback'),
      integrity,
      migrations: await count(client, 'payload_migrations'),
      plans: await count(client, 'budget_plans'),
    }
  } finally {
    client.close()
  }
}

/**
 * A consistent copy of a live database in `target`, made by SQLite itself (`VACUUM INTO`) through
 * the driver — the database file is never opened or copied outside it, and writers go on meanwhile.
 */
export const backupDatabase = async (sourcePath: string, target: string): Promise<void> => {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`)
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
  const client = await openSqliteClient(`file:${sourcePath}`, 30_000)
  try {
    await client.execute({ args: [path.resolve(target)], sql: 'VACUUM INTO ?' })
  } finally {
    client.close()
  }
}

/**
 * The processes that have a file open, read from /proc (Linux): the symbolic links of their file
 * descriptors, never the file. Undefined where /proc cannot tell.
 */
export const processesUsing = (filePath: string): number[] | undefined => {
  if (!fs.existsSync('/proc/self/fd')) return undefined
  const wanted = new Set(
    [filePath, `${filePath}-wal`, `${filePath}-shm`].map((p) => path.resolve(p)),
  )
  const users: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`)
    } catch {
      continue // gone, or not ours to look at
    }
    const opened = fds.some((fd) => {
      try {
        return wanted.has(fs.readlinkSync(`/proc/${entry}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (opened) users.push(Number(entry))
  }
  return users
}
