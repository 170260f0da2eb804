import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { GRAPHQL_MAX_COMPLEXITY, GRAPHQL_MAX_DEPTH } from 'mal-och-budget'
import { getPayload } from 'payload'

import { foreignHostConfig, untyped } from '../helpers/foreignHost'
import { freshDatabaseUrl } from '../helpers/testPayload'

describe('the plugin in another municipality’s Payload site', () => {
  let database: ReturnType<typeof freshDatabaseUrl>
  let config: SanitizedConfig
  let payload: Payload

  beforeAll(async () => {
    database = freshDatabaseUrl('foreign_host')
    config = await foreignHostConfig({ databaseUrl: database.url, uploadDir: database.uploadDir })
    payload = await getPayload({ config })
  }, 120_000)

  afterAll(async () => {
    await payload?.destroy()
    await database?.cleanup()
  })

  it("should keep the host's users, their own field and its other collection, and add roles", async () => {
    const user = await untyped(payload).create({
      collection: 'users',
      data: {
        department: 'Ekonomiavdelningen',
        email: 'ekonom@exempelby.se',
        password: 'Lösenord-1234',
      },
    })
    expect(user).toMatchObject({ department: 'Ekonomiavdelningen', roles: ['admin'] })
    const users = payload.config.collections.find((c) => c.slug === 'users')
    expect(users?.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(
      expect.arrayContaining(['department', 'roles']),
    )
    await untyped(payload).create({ collection: 'pages', data: { heading: 'Välkommen' } })
    expect((await untyped(payload).count({ collection: 'pages' })).totalDocs).toBe(1)
    expect(payload.config.localization && payload.config.localization.localeCodes).toEqual(['sv'])
  })

  it('should publish a plan through the Local API and answer it over GraphQL and over its Payload endpoint', async () => {
    await untyped(payload).create({
      collection: 'budget-plans',
      data: { _status: 'published', title: 'Mål och budget 2021', year: 2021 },
    })
    const graphql = await GRAPHQL_POST(config)(
      new Request('http://exempelby.test/api/graphql', {
        body: JSON.stringify({
          query: '{ PublicPlan(year: 2021) { title organisation path locale } }',
        }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    expect(await graphql.json()).toEqual({
      data: {
        PublicPlan: {
          locale: 'sv',
          organisation: 'Exempelby kommun',
          path: '/budget/2021',
          title: 'Mål och budget 2021',
        },
      },
    })

    const rest = await REST_GET(config)(
      new Request('http://exempelby.test/api/public/plans/2021'),
      {
        params: Promise.resolve({ slug: ['public', 'plans', '2021'] }),
      },
    )
    expect(rest.status).toBe(200)
    expect(rest.headers.get('etag')).toMatch(/^"/)
    expect(await rest.json()).toMatchObject({
      openData: { csv: '/api/public/plans/2021/open-data.csv' },
      path: '/budget/2021',
      title: 'Mål och budget 2021',
      year: 2021,
    })
    const english = await REST_GET(config)(
      new Request('http://exempelby.test/api/public/plans/2021?locale=en'),
      { params: Promise.resolve({ slug: ['public', 'plans', '2021'] }) },
    )
    expect(english.status).toBe(400)
  })

  it('should bring what every host needs: the jobs runner with its lease, admin-only job runs, GraphQL limits', async () => {
    const jobs = payload.config.jobs
    // Every minute (the default interval), one process of a cluster winning each tick's lease.
    // Scheduled tasks are queued by the tick's winner only (in shouldAutoRun), not by every process.
    expect(jobs.autoRun).toEqual([
      { allQueues: true, cron: '0 */1 * * * *', disableScheduling: true, limit: 50 },
    ])
    expect(typeof jobs.shouldAutoRun).toBe('function')
    const req = { payload, user: { collection: 'users', id: 1, roles: ['editor'] } }
    expect(await jobs.access?.run?.({ req } as never)).toBe(false)
    expect(
      await jobs.access?.run?.({
        req: { ...req, user: { ...req.user, roles: ['admin'] } },
      } as never),
    ).toBe(true)
    expect(payload.config.graphQL.maxComplexity).toBe(GRAPHQL_MAX_COMPLEXITY)
    // A query nested deeper than the limit is refused before it runs.
    const nested = (depth: number): string =>
      depth === 0 ? 'id' : `previousEdition { ${nested(depth - 1)} }`
    const deep = await GRAPHQL_POST(config)(
      new Request('http://exempelby.test/api/graphql', {
        body: JSON.stringify({
          query: `{ BudgetPlans { docs { ${nested(GRAPHQL_MAX_DEPTH + 1)} } } }`,
        }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    const { errors } = (await deep.json()) as { errors?: { message: string }[] }
    expect(errors?.[0]?.message).toMatch(/exceeds maximum operation depth/)
  })

  it('should take feedback through its Payload endpoint, with a receipt', async () => {
    const { POST } = await import('@payloadcms/next/routes').then((routes) => ({
      POST: routes.REST_POST(config),
    }))
    const res = await POST(
      new Request('http://exempelby.test/api/public/feedback', {
        body: JSON.stringify({ message: 'Bra!', page: '/budget/2021' }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        method: 'POST',
      }),
      { params: Promise.resolve({ slug: ['public', 'feedback'] }) },
    )
    expect(res.status).toBe(201)
    expect(((await res.json()) as { id: string }).id).toMatch(/^[0-9A-Z]{4}-/)
  })
})
