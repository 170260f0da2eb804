import fs from 'node:fs'
import pg from 'pg'

import { createDatabase } from '../helpers/postgres'
import {
  adminAuthorization,
  publishReviewed,
  reviewAuthorizations,
  seedPostgresTemplate,
} from '../helpers/seededServer'
import { type RunningServer, startServer } from '../helpers/server'
import { freshDatabaseUrl } from '../helpers/testPayload'

/**
 * `DATABASE_READ_URLS` (PostgreSQL only): a resident's reads come from the replica, staff's reads
 * and every write from the primary. The "replica" here is a second copy of the seeded database that
 * nothing replicates to, so whatever a reader sees tells which of the two answered (real streaming
 * replication is in `npm run faults:cluster`).
 */
describe('read replicas (PostgreSQL)', () => {
  const base = process.env.DATABASE_URL ?? ''
  let primary: ReturnType<typeof freshDatabaseUrl>
  let replica: ReturnType<typeof freshDatabaseUrl>
  let server: RunningServer
  let goalId: number
  let staff: string
  let seededTitle: string
  const changedTitle = `Ändrad på primären ${Date.now()}`

  const nameOf = (url: string) => new URL(url).pathname.slice(1)
  const anonymous = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init)

  beforeAll(async () => {
    const template = await seedPostgresTemplate(base)
    primary = freshDatabaseUrl('http_replica_primary')
    replica = freshDatabaseUrl('http_replica_copy')
    await createDatabase(base, nameOf(primary.url), template.name)
    await createDatabase(base, nameOf(replica.url), template.name)
    fs.cpSync(template.uploadDir, primary.uploadDir, { recursive: true })
    server = await startServer({
      DATABASE_READ_URLS: replica.url,
      DATABASE_URL: primary.url,
      // No background job writes here: any write sends a process's reads to the primary for 2 s
      // (Payload's read-your-writes), and the publish below queues one (the feeds' record).
      JOBS_AUTORUN: 'false',
      UPLOAD_DIR: primary.uploadDir,
    })
    staff = await adminAuthorization(server.url)
    const res = await fetch(`${server.url}/api/goals?limit=1&depth=0&sort=id`, {
      headers: { authorization: staff },
    })
    const goal = ((await res.json()) as { docs: { id: number; title: string }[] }).docs[0]
    goalId = goal.id
    seededTitle = goal.title
    const published = await publishReviewed(
      server.url,
      'goals',
      goalId,
      { title: changedTitle },
      await reviewAuthorizations(server.url),
    )
    expect(published.status).toBe(200)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await primary?.cleanup()
    await replica?.cleanup()
  })

  it('should show staff the published change (the primary), also after the read-after-write window', async () => {
    // Payload reads from the primary for 2 s after a write in the process anyway; past that.
    await new Promise((r) => setTimeout(r, 2500))
    const res = await fetch(`${server.url}/api/goals/${goalId}?depth=0`, {
      headers: { authorization: staff },
    })
    expect(((await res.json()) as { title: string }).title).toBe(changedTitle)
  })

  it('should answer residents from the replica in REST, GraphQL and the HTML page', async () => {
    // Past Payload's read-after-write window (a process reads from the primary for 2 s after it
    // wrote) and the change marker's one-second reading.
    await new Promise((r) => setTimeout(r, 2500))
    const rest = await (await anonymous(`/api/goals/${goalId}?depth=0`)).json()
    expect((rest as { title: string }).title).toBe(seededTitle)
    const page = await (await anonymous('/api/public/plans/2021')).text()
    expect(page).toContain(seededTitle)
    expect(page).not.toContain(changedTitle)
    const graphql = await anonymous('/api/graphql', {
      body: JSON.stringify({ query: `{ Goal(id: ${goalId}) { title } }` }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(await graphql.json()).toEqual({ data: { Goal: { title: seededTitle } } })
    const html = await (await anonymous('/mal-och-budget/2021')).text()
    expect(html).not.toContain(changedTitle)
  })

  it('should write a resident’s feedback to the primary', async () => {
    const res = await anonymous('/api/public/feedback', {
      body: JSON.stringify({ message: 'Skrivs till primären', page: '/mal-och-budget/2021' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(201)
    const count = async (url: string) => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        const { rows } = await client.query<{ n: string }>(
          "SELECT count(*) AS n FROM feedback WHERE message = 'Skrivs till primären'",
        )
        return Number(rows[0]?.n)
      } finally {
        await client.end()
      }
    }
    expect(await count(primary.url)).toBe(1)
    expect(await count(replica.url)).toBe(0)
  })
})
