import pg from 'pg'

import { databaseUrlOn } from '../helpers/postgres'
import { adminAuthorization, startSeededServer } from '../helpers/seededServer'

/**
 * PostgreSQL goes away under a running production server and comes back (PostgreSQL only: the
 * database refuses connections and ends the server's, as a restart does).
 */
describe('the database goes away and comes back (PostgreSQL)', () => {
  let seeded: Awaited<ReturnType<typeof startSeededServer>>
  let name: string
  let admin: string

  /** Runs statements as the superuser on the server's maintenance database. */
  const asSuperuser = async (...statements: string[]): Promise<void> => {
    const client = new pg.Client({
      connectionString: databaseUrlOn(process.env.DATABASE_URL ?? '', 'postgres'),
    })
    await client.connect()
    try {
      for (const sql of statements) await client.query(sql)
    } finally {
      await client.end()
    }
  }
  const goAway = () =>
    asSuperuser(
      `ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`,
    )
  const comeBack = () => asSuperuser(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`)

  const feedback = () =>
    fetch(`${seeded.server.url}/api/public/feedback`, {
      body: JSON.stringify({ message: 'Under avbrottet', page: '/mal-och-budget/2021' }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
      method: 'POST',
    })

  beforeAll(async () => {
    seeded = await startSeededServer('http_database_outage')
    name = new URL(seeded.database.url).pathname.slice(1)
    admin = await adminAuthorization(seeded.server.url)
    // What residents read is composed and kept before the outage.
    for (const path of ['/mal-och-budget/2021', '/api/public/plans/2021'])
      expect((await fetch(`${seeded.server.url}${path}`)).status).toBe(200)
  }, 180_000)

  afterAll(async () => {
    await comeBack().catch(() => undefined)
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('should say 503 on /healthz within a second, refuse writes with 503 in both languages, keep serving the cached page, and recover by itself within 5 s', async () => {
    const from = seeded.server.output().length
    await goAway()
    const started = performance.now()
    const health = await fetch(`${seeded.server.url}/healthz`)
    const healthMs = performance.now() - started
    expect(health.status).toBe(503)
    expect(healthMs).toBeLessThan(1000)
    expect(((await health.json()) as { reason: string }).reason).not.toBe('')

    const write = await feedback()
    expect(write.status).toBe(503)
    expect(((await write.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /^Databasen går inte att nå just nu; försök igen om en stund\. \/ The database cannot be reached just now/,
    )
    const staffWrite = await fetch(`${seeded.server.url}/api/goals/1?draft=true`, {
      body: JSON.stringify({ title: 'Under avbrottet' }),
      headers: { authorization: admin, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(staffWrite.status).toBe(503)

    for (const path of ['/mal-och-budget/2021', '/api/public/plans/2021'])
      expect(`${path} ${(await fetch(`${seeded.server.url}${path}`)).status}`).toBe(`${path} 200`)

    await comeBack()
    const back = performance.now()
    let healthy = false
    while (!healthy && performance.now() - back < 10_000) {
      healthy = (await fetch(`${seeded.server.url}/healthz`)).status === 200
      if (!healthy) await new Promise((r) => setTimeout(r, 100))
    }
    const recoveryMs = performance.now() - back
    console.log(
      `[outage] /healthz 503 in ${Math.round(healthMs)} ms; healthy ${Math.round(recoveryMs)} ms after the database was back`,
    )
    expect(healthy).toBe(true)
    expect(recoveryMs).toBeLessThan(5000)
    expect((await feedback()).status).toBe(201)

    // Temporary unavailability is no error of the server's: warnings, not errors, in the log.
    const errors = seeded.server
      .output()
      .slice(from)
      .split('\n')
      .filter((line) => line.startsWith('{') && (JSON.parse(line) as { level: number }).level >= 50)
    expect(errors).toEqual([])
  })
})
