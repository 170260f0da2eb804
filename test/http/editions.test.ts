import { adminAuthorization, publishReviewed, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Edition = { goals: { title: string }[]; initiatives: { title: string }[] }

const titlesOf = (page: Edition) => [...page.goals, ...page.initiatives].map((d) => d.title)

describe('editions over HTTP (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let plan2021: number
  let plan2022: number

  const post = (
    path: string,
    body?: unknown,
    headers: Record<string, string> = { authorization: auth },
  ) =>
    fetch(`${server.url}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { ...headers, 'content-type': 'application/json' },
      method: 'POST',
    })
  const graphql = async (query: string) =>
    (await (await post('/api/graphql', { query }, {})).json()) as {
      data?: Record<string, Record<string, unknown> | null>
      errors?: { message: string }[]
    }

  beforeAll(async () => {
    seeded = await startSeededServer('http_editions', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
    const plans = (await (
      await fetch(`${server.url}/api/budget-plans?depth=0`, { headers: { authorization: auth } })
    ).json()) as {
      docs: { id: number; year: number }[]
    }
    plan2021 = plans.docs.find((p) => p.year === 2021)?.id ?? -1
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should make next year once: 201 with the plan, then 409 naming it; staff only', async () => {
    expect((await post(`/api/budget-plans/${plan2021}/next-year`, {}, {})).status).toBe(401)
    expect(
      (await post(`/api/budget-plans/${plan2021}/next-year`, { savingsMeasures: 'alla' })).status,
    ).toBe(400)
    // Asked eight times at once (a double click, two tabs): one 201, and every other a 409 that
    // names the plan (six were a 400 on the unique slug, one named the plan "undefined").
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(`/api/budget-plans/${plan2021}/next-year`, {})),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409])
    const made = answers.find((a) => a.status === 201) as Response
    for (const refused of answers.filter((a) => a.status === 409)) {
      const { errors } = (await refused.json()) as { errors: { message: string }[] }
      expect(errors[0].message).toMatch(/^Det finns redan en plan för 2022 \("[^"]+", id \d+\) \/ /)
    }
    const { doc } = (await made.json()) as { doc: { id: number; year: number } }
    expect(doc.year).toBe(2022)
    plan2022 = doc.id
    const again = await post(`/api/budget-plans/${plan2021}/next-year`, {})
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({
      doc: { id: plan2022, year: 2022 },
      errors: [{ message: expect.stringContaining('Det finns redan en plan för 2022') }],
    })
    // A draft: nothing of it is public.
    expect((await fetch(`${server.url}/api/public/plans/2022`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/public/plans/2022/changes?since=2021`)).status).toBe(404)
    const goals = (await (
      await fetch(`${server.url}/api/goals?where[plan][equals]=${plan2022}`)
    ).json()) as { totalDocs: number }
    expect(goals.totalDocs).toBe(0)
  })

  it('should freeze the published plan as decided and serve it by REST, GraphQL and as a page', async () => {
    expect(
      (
        await post(`/api/budget-plans/${plan2021}/decide`, {
          date: '10 mars',
          diarienummer: 'KS 2020/123',
          paragraph: '§ 12',
        })
      ).status,
    ).toBe(400)
    const decided = await post(`/api/budget-plans/${plan2021}/decide`, {
      date: '2021-03-10',
      diarienummer: 'KS 2020/123',
      paragraph: '§ 12',
    })
    expect(decided.status).toBe(200)
    expect(
      (
        await post(`/api/budget-plans/${plan2021}/decide`, {
          date: '2021-03-10',
          diarienummer: 'KS 2020/123',
          paragraph: '§ 12',
        })
      ).status,
    ).toBe(409)
    expect(
      (
        await post(`/api/budget-plans/${plan2022}/decide`, {
          date: '2022-03-10',
          diarienummer: 'KS 2021/1',
          paragraph: '§ 1',
        })
      ).status,
    ).toBe(409)

    const res = await fetch(`${server.url}/api/public/plans/2021/decided`)
    expect(res.status).toBe(200)
    const page = (await res.json()) as {
      decision: { date: string; path: string }
      goals: unknown[]
      title: string
    }
    expect(page).toMatchObject({
      decision: { date: '2021-03-10', path: '/mal-och-budget/2021/beslutad' },
      title: 'Mål för kommunen 2021',
    })
    expect(page.goals).toHaveLength(4)
    const etag = res.headers.get('etag') ?? ''
    expect(
      (
        await fetch(`${server.url}/api/public/plans/2021/decided`, {
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304)

    const viaGraphQL = await graphql(
      '{ PublicPlan(year: 2021, decided: true) { title decision { date paragraph diaryNumber } } }',
    )
    expect(viaGraphQL.data?.PublicPlan).toEqual({
      decision: { date: '2021-03-10', diaryNumber: 'KS 2020/123', paragraph: '§ 12' },
      title: 'Mål för kommunen 2021',
    })
    const html = await (await fetch(`${server.url}/mal-och-budget/2021/beslutad`)).text()
    expect(html).toContain(
      'Det här är planen så som kommunfullmäktige beslutade den (2021-03-10, § 12, dnr KS 2020/123)',
    )
    const live = await (await fetch(`${server.url}/mal-och-budget/2021`)).text()
    expect(live).toContain('href="/mal-och-budget/2021/beslutad"')

    // Nobody changes or deletes it through Payload's API.
    const decisions = (await (
      await fetch(`${server.url}/api/plan-decisions`, { headers: { authorization: auth } })
    ).json()) as {
      docs: { id: number }[]
    }
    const id = decisions.docs[0].id
    expect((await fetch(`${server.url}/api/plan-decisions`)).status).toBe(403)
    expect(
      (
        await fetch(`${server.url}/api/plan-decisions/${id}`, {
          headers: { authorization: auth },
          method: 'DELETE',
        })
      ).status,
    ).toBe(403)
    const tamper = await fetch(`${server.url}/api/plan-decisions/${id}`, {
      body: JSON.stringify({ date: '1999-01-01' }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(tamper.status).toBe(403)
    const viaMutation = await (
      await post('/api/graphql', {
        query: `mutation { updatePlanDecision(id: ${id}, data: { date: "1999-01-01" }) { date } }`,
      })
    ).json()
    expect(JSON.stringify(viaMutation)).not.toContain('1999-01-01')
  })

  it('should show what changed since last year once the next plan is published, in REST, GraphQL, open data and on the page', async () => {
    const publish = await publishReviewed(server.url, 'budget-plans', plan2022)
    expect(publish.status).toBe(200)
    let changes: { changes: { kind: string; text: string }[]; since: string } | undefined
    for (let i = 0; i < 30 && !changes; i++) {
      const res = await fetch(`${server.url}/api/public/plans/2022/changes?since=2021`)
      if (res.status === 200) changes = (await res.json()) as typeof changes
      else await new Promise((r) => setTimeout(r, 100))
    }
    expect(changes?.since).toBe('2021')
    expect(changes?.changes.filter((c) => c.kind === 'initiative_carried_over')).toHaveLength(14)
    const bad = await fetch(`${server.url}/api/public/plans/2022/changes?since=1999`)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
      'since=2021',
    )

    const viaGraphQL = await graphql(
      '{ PublicPlan(year: 2022) { editions { year path } changesSincePrevious { since changes { kind text } } } }',
    )
    expect(viaGraphQL.data?.PublicPlan).toMatchObject({
      changesSincePrevious: { since: '2021' },
      editions: [
        { path: '/mal-och-budget/2022', year: 2022 },
        { path: '/mal-och-budget/2021', year: 2021 },
      ],
    })
    const csv = await (
      await fetch(`${server.url}/api/public/plans/2022/open-data.csv?table=changes`)
    ).text()
    expect(csv).toContain(';initiative_carried_over;')
    const html = await (await fetch(`${server.url}/mal-och-budget/2022`)).text()
    expect(html).toContain('Vad har ändrats sedan 2021')
    expect(html).toMatch(/<nav aria-label="Välj år"/)
    const latest = await fetch(`${server.url}/mal-och-budget`, { redirect: 'manual' })
    expect(latest.headers.get('location')).toMatch(/\/mal-och-budget\/2022$/)
  })

  it('should never show a resident half of a new edition while its plan and carried-over goals are published', async () => {
    const settings = await fetch(`${server.url}/api/globals/site-settings`, {
      body: JSON.stringify({ reviewWorkflow: false }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(settings.status).toBe(200)
    const made = await post(`/api/budget-plans/${plan2022}/next-year`, {})
    expect(made.status).toBe(201)
    const plan2023 = ((await made.json()) as { doc: { id: number } }).doc.id

    // Residents read the 2023 page as fast as they can while the plain publish runs.
    const seen: string[][] = []
    let publishing = true
    const read = async () => {
      while (publishing) {
        const res = await fetch(`${server.url}/api/public/plans/2023`)
        if (res.status === 200) {
          const page = (await res.json()) as Edition
          seen.push(titlesOf(page))
        } else {
          expect(res.status).toBe(404)
          await res.arrayBuffer()
        }
      }
    }
    const readers = [read(), read(), read()]
    const publish = await fetch(`${server.url}/api/budget-plans/${plan2023}`, {
      body: JSON.stringify({ _status: 'published' }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(publish.status).toBe(200)
    const after = (await (await fetch(`${server.url}/api/public/plans/2023`)).json()) as Edition
    publishing = false
    await Promise.all(readers)
    expect(after.goals).toHaveLength(4)
    expect(after.initiatives).toHaveLength(14)
    // Every answer a reader got had all goals and initiatives, or the page did not exist yet.
    for (const titles of seen) expect(titles).toEqual(titlesOf(after))
  })
})
