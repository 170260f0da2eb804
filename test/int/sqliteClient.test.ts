import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DatabaseBusyError } from '../../host/database/databaseErrors'
import { openSqliteClient } from '../../host/database/openSqliteClient'

/** The longest gap between timer ticks while `work` runs: how long the event loop was blocked. */
const longestStall = async <T>(work: Promise<T>): Promise<{ stallMs: number; value: T }> => {
  let last = performance.now()
  let stallMs = 0
  const timer = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last - 5)
    last = now
  }, 5)
  try {
    return { stallMs, value: await work }
  } finally {
    clearInterval(timer)
  }
}

describe('the SQLite client', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-sqlite-'))
  const url = `file:${path.join(dir, 'client.db')}`
  const other = createClient({ url })

  beforeAll(async () => {
    const setup = await openSqliteClient(url, 1000)
    await setup.execute('create table notes (text)')
    setup.close()
  })

  afterAll(() => {
    other.close()
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('should wait for another connection’s write lock without blocking the event loop, then write', async () => {
    const client = await openSqliteClient(url, 5000)
    await client.execute('select count(*) from notes')
    await other.execute('BEGIN IMMEDIATE')
    await other.execute("insert into notes values ('from the other connection')")
    setTimeout(() => void other.execute('COMMIT'), 600)
    const started = performance.now()
    const { stallMs } = await longestStall(client.execute("insert into notes values ('ours')"))
    expect(performance.now() - started).toBeGreaterThan(500)
    // With the driver's busy timeout the loop stood still for the whole 600 ms.
    expect(stallMs).toBeLessThan(100)
    // And the connection sees what the other one committed meanwhile, not an older snapshot.
    expect(
      (await client.execute('select text from notes order by rowid')).rows.map((r) => r.text),
    ).toEqual(['from the other connection', 'ours'])
    await other.execute("insert into notes values ('later')")
    await client.execute("insert into notes values ('ours again')")
    expect((await client.execute('select count(*) as n from notes')).rows[0].n).toBe(4)
    client.close()
  })

  it('should give up with a 503 after its timeout and change nothing', async () => {
    const client = await openSqliteClient(url, 300)
    await other.execute('BEGIN IMMEDIATE')
    try {
      await expect(client.execute("insert into notes values ('too late')")).rejects.toMatchObject({
        constructor: DatabaseBusyError,
        status: 503,
      })
    } finally {
      await other.execute('ROLLBACK')
    }
    expect(
      (await client.execute("select count(*) as n from notes where text = 'too late'")).rows[0].n,
    ).toBe(0)
    client.close()
  })
})
