import { createClient } from '@libsql/client'

/**
 * Another SQLite client on the server's database file, as an operator's `sqlite3`, a backup tool
 * or a second server would be: it opens its own connection and closes it again.
 */
export const outsideQuery = async (
  filePath: string,
  sql: string,
): Promise<Record<string, unknown>[]> => {
  const client = createClient({ url: `file:${filePath}` })
  try {
    return (await client.execute(sql)).rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}

/** Holds SQLite's write lock from another connection for `ms`, then commits a row of its own. */
export const holdWriteLock = async (
  filePath: string,
  ms: number,
): Promise<{ released: Promise<void> }> => {
  const client = createClient({ url: `file:${filePath}` })
  await client.execute('BEGIN IMMEDIATE')
  await client.execute(
    "insert into job_leases (key, holder, updated_at, created_at) values ('outside-' || hex(randomblob(8)), 'outside', '2026-01-01', '2026-01-01')",
  )
  const released = new Promise<void>((resolve, reject) =>
    setTimeout(() => {
      client
        .execute('COMMIT')
        .then(() => client.close())
        .then(resolve, reject)
    }, ms),
  )
  return { released }
}
