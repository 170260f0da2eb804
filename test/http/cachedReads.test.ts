import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { adminAuthorization, publishReviewed, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type GraphQLAnswer = {
  data?: { PublicPlan: null | Record<string, unknown> }
  errors?: { extensions?: { code?: string }; message: string }[]
}

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const pageQuery = fs.readFileSync(path.join(root, 'docs/publicPlan.graphql'), 'utf8')
const small = '{ PublicPlan(year: 2021) { title initiatives { title } } }'

describe('GraphQL and the HTML page from the cache (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string

  const get = (params: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(
      `${server.url}/api/graphql?${new URLSearchParams(
        Object.fromEntries(
          Object.entries(params).map(([k, v]) => [
            k,
            typeof v === 'string' ? v : JSON.stringify(v),
          ]),
        ),
      )}`,
      { headers },
    )
  const post = (body: object) =>
    fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
  const initiativeTitles = async (): Promise<string[]> => {
    const res = await post({ query: small })
    const plan = ((await res.json()) as GraphQLAnswer).data?.PublicPlan as {
      initiatives: { title: string }[]
    }
    return plan.initiatives.map((i) => i.title)
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_cached_reads')
    server = seeded.server
    auth = await adminAuthorization(server.url)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it("should answer the page's query by POST and by GET alike, with the REST view's data", async () => {
    const byPost = (await (
      await post({ query: pageQuery, variables: { year: 2021 } })
    ).json()) as GraphQLAnswer
    const byGet = await get({ query: pageQuery, variables: { year: 2021 } })
    expect(byGet.status).toBe(200)
    expect(byGet.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    expect(await byGet.json()).toEqual(byPost)
    const rest = (await (await fetch(`${server.url}/api/public/plans/2021`)).json()) as Record<
      string,
      unknown
    >
    expect(byPost.data?.PublicPlan).toEqual(rest)
  })

  it('should answer a persisted query hash: unknown first, then known once sent in full', async () => {
    const query = '{ PublicPlan(year: 2021) { title year } }'
    const extensions = {
      persistedQuery: { sha256Hash: createHash('sha256').update(query).digest('hex'), version: 1 },
    }
    const unknown = (await (await get({ extensions })).json()) as GraphQLAnswer
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      message: 'PersistedQueryNotFound',
    })
    expect((await (await post({ extensions, query })).json()) as GraphQLAnswer).toMatchObject({
      data: { PublicPlan: { year: 2021 } },
    })
    const known = await get({ extensions })
    expect(await known.json()).toMatchObject({ data: { PublicPlan: { year: 2021 } } })
    const wrong = await post({ extensions, query: '{ PublicPlan(year: 2021) { id } }' })
    expect(wrong.status).toBe(400)
  })

  it('should answer a GraphQL GET with a strong ETag and 304, and refuse a mutation by GET', async () => {
    const first = await get({ query: small })
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await get({ query: small }, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    const mutation = await get({ query: 'mutation { logoutUser }' })
    expect(mutation.status).toBe(405)
    // Queries that are not PublicPlan still reach Payload's GraphQL, by GET too.
    expect(await (await get({ query: '{ Goals(limit: 1) { totalDocs } }' })).json()).toEqual({
      data: { Goals: { totalDocs: 4 } },
    })
  })

  it('should serve the HTML page with a strong ETag, 304 and gzip, the same bytes each time', async () => {
    // The first view renders the page (and keeps it); from then on it is served as kept.
    await (await fetch(`${server.url}/mal-och-budget/2021`)).text()
    const first = await fetch(`${server.url}/mal-och-budget/2021`, {
      headers: { 'accept-encoding': 'identity' },
    })
    const html = await first.text()
    expect(html).toContain('<h1>Mål för kommunen 2021</h1>')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const second = await fetch(`${server.url}/mal-och-budget/2021`, {
      headers: { 'accept-encoding': 'identity' },
    })
    expect(second.headers.get('etag')).toBe(etag)
    expect(await second.text()).toBe(html)
    const unchanged = await fetch(`${server.url}/mal-och-budget/2021`, {
      headers: { 'accept-encoding': 'identity', 'if-none-match': etag },
    })
    expect(unchanged.status).toBe(304)
    expect(unchanged.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=60/)
    const gzipped = await fetch(`${server.url}/mal-och-budget/2021`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toBe(html)
  })

  it('should never show a draft in any cached answer, and show a publish at once', async () => {
    const initiatives = await fetch(`${server.url}/api/initiatives?limit=1&depth=0&sort=order`, {
      headers: { authorization: auth },
    })
    const id = ((await initiatives.json()) as { docs: { id: number }[] }).docs[0].id
    const patch = (body: object, query = '') =>
      fetch(`${server.url}/api/initiatives/${id}${query}`, {
        body: JSON.stringify(body),
        headers: { authorization: auth, 'content-type': 'application/json' },
        method: 'PATCH',
      })
    const publish = (data: Record<string, unknown>) =>
      publishReviewed(server.url, 'initiatives', id, data)
    await initiativeTitles()
    await fetch(`${server.url}/mal-och-budget/2021`)
    expect((await patch({ title: 'Bara ett utkast, aldrig publikt' }, '?draft=true')).status).toBe(
      200,
    )
    await new Promise((r) => setTimeout(r, 1200))
    const everywhere = [
      await (await fetch(`${server.url}/mal-och-budget/2021`)).text(),
      await (await get({ query: small })).text(),
      await (await post({ query: pageQuery, variables: { year: 2021 } })).text(),
      await (await fetch(`${server.url}/api/public/plans/2021`)).text(),
      await (
        await fetch(`${server.url}/api/public/plans/2021/open-data.csv?table=initiatives`)
      ).text(),
    ]
    for (const answer of everywhere) expect(answer).not.toContain('Bara ett utkast')

    expect((await publish({ title: 'Nu publicerad' })).status).toBe(200)
    expect(await initiativeTitles()).toContain('Nu publicerad')
    expect(await (await fetch(`${server.url}/mal-och-budget/2021`)).text()).toContain(
      'Nu publicerad',
    )
  })
})
