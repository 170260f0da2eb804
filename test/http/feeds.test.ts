import { parseFeed } from '@rowanmanning/feed-parser'

import type { RunningServer } from '../helpers/server'

import {
  adminAuthorization,
  publishReviewed,
  staffApi,
  startSeededServer,
} from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Goal = { id: number; title: string }

/**
 * The Atom feeds of a plan and of a goal on the Hedemora seed: what the jobs queue records of each
 * published change, read by a feed parser; drafts never in them; stable entry ids; ETag and 304;
 * bad addresses answered 4xx.
 */
describe('the Atom feeds over HTTP', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let goals: Goal[]
  const api = staffApi(
    () => server.url,
    () => auth,
  )
  const runJobs = () => api('GET', '/api/payload-jobs/run?allQueues=true&limit=50')
  const read = async (path: string) => {
    const res = await fetch(`${server.url}${path}`)
    expect([path, res.status]).toEqual([path, 200])
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    return parseFeed(await res.text())
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_feeds', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
    // No job has run on this server: the seed recorded its own publications.
    goals = (await api<{ docs: Goal[] }>('GET', '/api/goals?depth=0&sort=order&limit=100')).docs
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should list the plan’s publication, and be linked from the page', async () => {
    const feed = await read('/mal-och-budget/2021/flode.atom')
    expect(feed.meta.type).toBe('atom')
    expect(feed.title).toBe('Mål för kommunen 2021 – Hedemora kommun')
    expect(feed.items.map((i) => i.title)).toEqual(['Sidan publicerades'])
    const html = await (await fetch(`${server.url}/mal-och-budget/2021`)).text()
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" href="\/mal-och-budget\/2021\/flode\.atom" title="Ändringar: Mål för kommunen 2021"\/>/,
    )
  })

  it('should add an entry per published change in the "what changed" words, never a draft', async () => {
    const [school, other] = goals
    await api('PATCH', `/api/goals/${school.id}?draft=true`, { title: 'Utkast som ingen ser' })
    await runJobs()
    expect((await read('/mal-och-budget/2021/flode.atom')).items).toHaveLength(1)
    expect(
      await (await fetch(`${server.url}/mal-och-budget/2021/flode.atom`)).text(),
    ).not.toContain('Utkast som ingen ser')

    const approved = await publishReviewed(server.url, 'goals', school.id, {
      title: 'Bättre skolresultat för alla barn',
    })
    expect(approved.status).toBe(200)
    await runJobs()
    const feed = await read('/mal-och-budget/2021/flode.atom')
    expect(feed.items.map((i) => i.title)).toEqual([
      `Målet "${school.title}" heter nu "Bättre skolresultat för alla barn".`,
      'Sidan publicerades',
    ])
    expect(feed.items[0].content).toContain('Bättre skolresultat för alla barn')
    expect(feed.items[0].url).toBe(`${server.url}/mal-och-budget/2021`)
    // The same ids however often it is read.
    const again = await read('/mal-och-budget/2021/flode.atom')
    expect(again.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id))
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(2)

    // The goal's own feed has it; another goal's has nothing.
    const own = await read(`/mal-och-budget/2021/mal/${school.id}/flode.atom`)
    expect(own.items.map((i) => i.title)).toEqual([feed.items[0].title])
    const others = await read(`/mal-och-budget/2021/mal/${other.id}/flode.atom`)
    expect(others.items).toEqual([])
    expect(others.title).toBe(`${other.title} – Mål för kommunen 2021`)
  })

  it('should answer 304 to its ETag and 4xx to addresses that are no feed', async () => {
    const first = await fetch(`${server.url}/mal-och-budget/2021/flode.atom`)
    const etag = first.headers.get('etag') as string
    await first.arrayBuffer()
    const again = await fetch(`${server.url}/mal-och-budget/2021/flode.atom`, {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    for (const [path, status] of [
      ['/mal-och-budget/2099/flode.atom', 404],
      ['/mal-och-budget/abcd/flode.atom', 400],
      ['/mal-och-budget/2021/mal/999999/flode.atom', 404],
      [`/mal-och-budget/2021/mal/${'x'.repeat(60)}/flode.atom`, 400],
    ] as const) {
      const res = await fetch(`${server.url}${path}`)
      expect([path, res.status]).toEqual([path, status])
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        / \/ /,
      )
    }
    const post = await fetch(`${server.url}/mal-och-budget/2021/flode.atom`, { method: 'POST' })
    expect(post.status).toBe(405)
    await post.arrayBuffer()
  })
})
