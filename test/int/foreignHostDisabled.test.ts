import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { foreignHostConfig, untyped } from '../helpers/foreignHost'
import { freshDatabaseUrl } from '../helpers/testPayload'

const shape = (config: SanitizedConfig) =>
  [...config.collections, ...config.globals].map((entity) => ({
    fields: JSON.stringify(entity.flattenedFields.map((f) => [f.name, f.type])),
    slug: entity.slug,
  }))

describe('the plugin installed with disabled: true', () => {
  let database: ReturnType<typeof freshDatabaseUrl>
  let config: SanitizedConfig
  let payload: Payload

  beforeAll(async () => {
    database = freshDatabaseUrl('foreign_host_disabled')
    config = await foreignHostConfig({
      databaseUrl: database.url,
      disabled: true,
      uploadDir: database.uploadDir,
    })
    payload = await getPayload({ config })
  }, 120_000)

  afterAll(async () => {
    await payload?.destroy()
    await database?.cleanup()
  })

  it('should keep exactly the schema of the enabled plugin', async () => {
    const enabled = await foreignHostConfig({
      databaseUrl: database.url,
      uploadDir: database.uploadDir,
    })
    expect(shape(config)).toEqual(shape(enabled))
  })

  it('should run none of its hooks, endpoints or queries', async () => {
    const user = await untyped(payload).create({
      collection: 'users',
      data: { email: 'forsta@exempelby.se', password: 'Lösenord-1234' },
    })
    // No "first user becomes admin", no slug made from the title, no stamping, no receipt: no
    // hook ran (the slug is given here because its hook would have made it).
    expect(user.roles).toEqual(['editor'])
    const plan = await untyped(payload).create({
      collection: 'budget-plans',
      data: {
        _status: 'published',
        slug: 'mal-och-budget-2021',
        title: 'Mål och budget 2021',
        year: 2021,
      },
    })
    expect(plan.pageUpdatedAt ?? null).toBeNull()
    const feedback = await untyped(payload).create({
      collection: 'feedback',
      data: { message: 'Hej', page: plan.id as number, status: 'new' },
    })
    expect(feedback.receipt ?? null).toBeNull()

    const rest = await REST_GET(config)(
      new Request('http://exempelby.test/api/public/plans/2021'),
      {
        params: Promise.resolve({ slug: ['public', 'plans', '2021'] }),
      },
    )
    expect(rest.status).toBe(404)
    const graphql = await GRAPHQL_POST(config)(
      new Request('http://exempelby.test/api/graphql', {
        body: JSON.stringify({ query: '{ PublicPlan(year: 2021) { title } }' }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    expect(JSON.stringify(await graphql.json())).toMatch(/Cannot query field \\"PublicPlan\\"/)
  })
})
