import pg from 'pg'

import { type RunningServer, startServer } from '../helpers/server'
import { databaseUrlOn } from '../helpers/postgres'
import { freshDatabaseUrl } from '../helpers/testPayload'

/**
 * Three production processes started at the same moment on an empty PostgreSQL database (as a
 * cluster comes up after a deployment): the migrations are applied once, under the advisory lock,
 * and all three come up healthy (PostgreSQL only).
 */
describe('three processes started at once on an empty database (PostgreSQL)', () => {
  let database: ReturnType<typeof freshDatabaseUrl>
  let servers: RunningServer[] = []

  beforeAll(() => {
    database = freshDatabaseUrl('http_cluster_start')
  })

  afterAll(async () => {
    for (const server of servers) await server.stop()
    await database?.cleanup()
  })

  it('should apply every migration exactly once and bring all three up healthy', async () => {
    const env = { DATABASE_URL: database.url, UPLOAD_DIR: database.uploadDir }
    const started = await Promise.allSettled([startServer(env), startServer(env), startServer(env)])
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    // A process that did not come up: its reason carries the server's output.
    expect(started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []))).toEqual([])
    expect(servers).toHaveLength(3)
    for (const server of servers) expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const { rows } = await client.query<{ name: string; times: string }>(
        'SELECT name, count(*) AS times FROM payload_migrations GROUP BY name ORDER BY name',
      )
      expect(rows.length).toBeGreaterThanOrEqual(3)
      expect(rows.filter((row) => Number(row.times) !== 1)).toEqual([])
    } finally {
      await client.end()
    }
    // Each of them serves the site (an empty one: nothing published yet).
    for (const server of servers)
      expect((await fetch(`${server.url}/api/public/plans/2021`)).status).toBe(404)
  }, 180_000)
})

describe('a first start on a database that does not exist yet (PostgreSQL)', () => {
  const serverUrl = process.env.DATABASE_URL ?? ''
  const admin = new pg.Client({
    connectionString: databaseUrlOn(serverUrl, 'postgres'),
  })
  const role = `mob_nocreate_${process.pid}`

  beforeAll(async () => {
    await admin.connect()
    await admin.query(`DROP ROLE IF EXISTS ${role}`)
    await admin.query(`CREATE ROLE ${role} LOGIN NOCREATEDB`)
  })

  afterAll(async () => {
    await admin.query(`DROP ROLE IF EXISTS ${role}`)
    await admin.end()
  })

  it('should stop, naming the missing database and how to create it, when the user may not create it', async () => {
    const missing = `mob_missing_${process.pid}`
    const url = new URL(serverUrl)
    url.username = role
    url.password = ''
    url.pathname = `/${missing}`
    const server = startServer({ DATABASE_URL: url.toString() }, 30_000)
    await expect(server).rejects.toThrow(
      `database "${missing}" does not exist and could not be created`,
    )
    await expect(server).rejects.toThrow(`createdb ${missing}`)
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [missing])
    expect(rows).toEqual([])
  }, 60_000)
})
