import type { PublicFollowUp } from '../../src/shape/followUpShape'
import type { RunningServer } from '../helpers/server'

import {
  adminAuthorization,
  publishReviewed,
  reviewAuthorizations,
  startSeededServer,
} from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

/** The follow-up over HTTP on the Hedemora seed: the staff API, the public REST and GraphQL. */
describe('follow-up reports over HTTP', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let reportId: number
  let goalIds: number[]

  const staff = (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method,
    })
  const anonymous = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init)
  const graphql = async (query: string) =>
    (await (
      await anonymous('/api/graphql', {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    ).json()) as { data?: Record<string, { docs: unknown[] }>; errors?: unknown[] }

  beforeAll(async () => {
    seeded = await startSeededServer('http_follow_up')
    server = seeded.server
    auth = await adminAuthorization(server.url)
    const plans = (await (await staff('GET', '/api/budget-plans?depth=0')).json()) as {
      docs: { id: number }[]
    }
    const goals = (await (
      await staff('GET', `/api/goals?depth=0&limit=100&where[plan][equals]=${plans.docs[0].id}`)
    ).json()) as { docs: { id: number }[] }
    goalIds = goals.docs.map((g) => g.id)
    const created = await staff('POST', '/api/follow-up-reports?draft=true', {
      deadline: '2021-09-15',
      kind: 'delarsrapport',
      periodEnd: '2021-08-31',
      plan: plans.docs[0].id,
    })
    expect(created.status).toBe(201)
    reportId = ((await created.json()) as { doc: { id: number } }).doc.id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should open an assessment for every goal of the plan', async () => {
    const res = await staff(
      'GET',
      `/api/goal-assessments?depth=0&limit=100&draft=true&where[report][equals]=${reportId}`,
    )
    const { docs } = (await res.json()) as { docs: { goal: number }[] }
    expect(docs.map((d) => d.goal).sort()).toEqual([...goalIds].sort())
  })

  it('should show nothing of an unpublished report: 404 in REST, no documents in GraphQL', async () => {
    expect((await anonymous('/api/public/plans/2021/follow-up')).status).toBe(404)
    expect((await anonymous(`/api/public/plans/2021/follow-up/${reportId}`)).status).toBe(404)
    expect((await anonymous('/api/public/plans/2021/follow-up/open-data.csv')).status).toBe(404)
    expect((await anonymous('/mal-och-budget/2021/uppfoljning')).status).toBe(404)
    expect((await anonymous(`/mal-och-budget/2021/uppfoljning/${reportId}`)).status).toBe(404)
    const { docs } = (await (await anonymous('/api/goal-assessments')).json()) as {
      docs: unknown[]
    }
    expect(docs).toEqual([])
    const answer = await graphql(
      '{ FollowUpReports { docs { title } } GoalAssessments { docs { id } } }',
    )
    expect(answer.data?.FollowUpReports.docs).toEqual([])
    expect(answer.data?.GoalAssessments.docs).toEqual([])
  })

  it('should answer every bad address of the new routes with a 4xx that says what is wrong', async () => {
    for (const [path, status] of [
      ['/api/public/plans/20x1/follow-up', 400],
      ['/api/public/plans/1999/follow-up', 400],
      ['/api/public/plans/2021/follow-up/%27%20or%201=1', 400],
      ['/api/public/plans/2021/follow-up/99999', 404],
      ['/api/public/plans/2021/follow-up?locale=fi', 400],
      ['/api/public/plans/2035/follow-up', 404],
      ['/api/public/plans/2021/follow-up/open-data.csv?table=goals', 400],
      ['/api/public/plans/2021/follow-up/open-data.json?report=..%2F1', 400],
    ] as const) {
      const res = await anonymous(path)
      expect([path, res.status]).toEqual([path, status])
      const body = (await res.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message).toMatch(/ \/ /)
    }
    expect(
      (await anonymous('/api/public/plans/2021/follow-up', { body: '{}', method: 'POST' })).status,
    ).toBe(405)
    // The pages take no posts (the feedback form posts to the API): 405, never Next.js's handling.
    for (const path of [
      '/mal-och-budget',
      '/mal-och-budget/2021/uppfoljning',
      '/en/mal-och-budget/2021',
    ]) {
      const posted = await anonymous(path, { body: 'x=1', method: 'POST' })
      expect([path, posted.status, posted.headers.get('allow')]).toEqual([path, 405, 'GET, HEAD'])
    }
    const badReport = await staff('POST', '/api/follow-up-reports?draft=true', {
      kind: 'kvartal',
      periodEnd: 'igår',
    })
    expect(badReport.status).toBe(400)
    const badAssessment = await staff('POST', '/api/goal-assessments?draft=true', {
      goal: goalIds[0],
      report: 'x',
    })
    expect(badAssessment.status).toBeGreaterThanOrEqual(400)
    expect(badAssessment.status).toBeLessThan(500)
  })

  it('should refuse a change to an assessment while its report is in review, and take it once returned', async () => {
    const { editor, reviewer } = await reviewAuthorizations(server.url)
    const as = (who: string, method: string, path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        body: JSON.stringify(body),
        headers: { authorization: who, 'content-type': 'application/json' },
        method,
      })
    const { docs } = (await (
      await staff(
        'GET',
        `/api/goal-assessments?depth=0&draft=true&where[report][equals]=${reportId}`,
      )
    ).json()) as { docs: { id: number }[] }
    const path = `/api/goal-assessments/${docs[0].id}?draft=true`
    const submitted = await as(editor, 'POST', `/api/follow-up-reports/${reportId}/workflow`, {
      action: 'submit',
    })
    expect(submitted.status).toBe(200)
    const refused = await as(editor, 'PATCH', path, { analysis: 'Ändrad under granskningen' })
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /Rapporten granskas/,
    )
    const returned = await as(reviewer, 'POST', `/api/follow-up-reports/${reportId}/workflow`, {
      action: 'return',
      comment: 'Komplettera analysen.',
    })
    expect(returned.status).toBe(200)
    expect((await as(editor, 'PATCH', path, { analysis: 'Kompletterad analys.' })).status).toBe(200)
  })

  it('should publish the report and its assessments at once on approval, in REST and GraphQL', async () => {
    // The gate stops a report with goals left to assess; each is assessed as its figures suggest.
    const open = (await (
      await staff(
        'GET',
        `/api/goal-assessments?depth=0&limit=100&draft=true&where[report][equals]=${reportId}`,
      )
    ).json()) as { docs: { id: number; suggested: string }[] }
    for (const a of open.docs) {
      const saved = await staff('PATCH', `/api/goal-assessments/${a.id}?draft=true`, {
        assessment: a.suggested,
      })
      expect(saved.status).toBe(200)
    }
    const approved = await publishReviewed(server.url, 'follow-up-reports', reportId, {
      summary: 'Delåret i korthet.',
    })
    expect(approved.status).toBe(200)
    const res = await anonymous('/api/public/plans/2021/follow-up')
    expect(res.status).toBe(200)
    const followUp = (await res.json()) as PublicFollowUp
    expect(followUp.report).toMatchObject({
      id: String(reportId),
      kind: 'delarsrapport',
      summary: 'Delåret i korthet.',
      title: 'Delårsrapport 2021',
      wording: 'forecast',
    })
    const counted = followUp.summary
    expect(counted.met + counted.partly + counted.notMet + counted.unknown).toBe(goalIds.length)
    expect(followUp.focusAreas.flatMap((a) => a.goals.map((g) => g.goal.id)).sort()).toEqual(
      goalIds.map(String).sort(),
    )
    // A read again with the ETag it was given: 304, no body.
    const etag = res.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"/)
    const again = await anonymous('/api/public/plans/2021/follow-up', {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    // PublicPlan carries the plan's published reports, in the same shape as REST.
    const plan = (await (
      await anonymous('/api/graphql', {
        body: JSON.stringify({
          query:
            '{ PublicPlan(year: 2021) { followUpReports { report { id title } sentence summary { met partly notMet unknown } focusAreas { title summary { met partly notMet unknown } } } } }',
        }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    ).json()) as { data: { PublicPlan: { followUpReports: Partial<PublicFollowUp>[] } } }
    expect(plan.data.PublicPlan.followUpReports).toEqual([
      {
        focusAreas: followUp.focusAreas.map(({ summary, title }) => ({ summary, title })),
        report: { id: String(reportId), title: 'Delårsrapport 2021' },
        sentence: followUp.sentence,
        summary: followUp.summary,
      },
    ])
    // The page "Så gick det" at its own address and as the latest; the plan's page links to it.
    for (const path of [
      '/mal-och-budget/2021/uppfoljning',
      `/mal-och-budget/2021/uppfoljning/${reportId}`,
    ]) {
      const page = await anonymous(path)
      expect([path, page.status]).toEqual([path, 200])
      const html = await page.text()
      expect(html).toContain('Så gick det 2021')
      expect(html).toContain(followUp.sentence)
    }
    expect(await (await anonymous('/mal-och-budget/2021')).text()).toContain(
      'Så gick det: Delårsrapport 2021',
    )
    // Who answers for an assessment stays with the staff.
    const published = (await (
      await anonymous('/api/goal-assessments?depth=0&limit=100')
    ).json()) as {
      docs: Record<string, unknown>[]
    }
    expect(published.docs).toHaveLength(goalIds.length)
    // Published as last saved: each with the assessment it was given.
    expect(Object.fromEntries(published.docs.map((d) => [String(d.id), d.assessment]))).toEqual(
      Object.fromEntries(open.docs.map((a) => [String(a.id), a.suggested])),
    )
    expect(published.docs.some((d) => 'responsible' in d)).toBe(false)
    const csv = await anonymous('/api/public/plans/2021/follow-up/open-data.csv')
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      'plan_year;report_id;report_title;report_kind;period_end;focus_area;goal_id;goal_title;assessment;assessment_label;suggested_by_figures;analysis;reason',
    )
    expect(lines).toHaveLength(goalIds.length + 1)
    const outcomes = await anonymous(
      `/api/public/plans/2021/follow-up/open-data.csv?table=budget-outcomes&report=${reportId}`,
    )
    expect((await outcomes.text()).split('\r\n')[0]).toContain('committee;kind;budget_tkr')
    const data = (await (
      await anonymous('/api/public/plans/2021/follow-up/open-data.json')
    ).json()) as { tables: { assessments: { rows: unknown[] } } }
    expect(data.tables.assessments.rows).toHaveLength(goalIds.length)
    const byId = await anonymous(`/api/public/plans/2021/follow-up/${reportId}?locale=en`)
    expect(byId.status).toBe(200)
    const answer = await graphql(
      '{ FollowUpReports { docs { title } } GoalAssessments(limit: 100) { docs { id } } }',
    )
    expect(answer.data?.FollowUpReports.docs).toEqual([{ title: 'Delårsrapport 2021' }])
    expect(answer.data?.GoalAssessments.docs).toHaveLength(goalIds.length)
  })

  it('should restore an assessment over REST as a draft only, the published one staying public', async () => {
    const { docs } = (await (
      await staff('GET', `/api/goal-assessments?depth=0&where[report][equals]=${reportId}`)
    ).json()) as { docs: { analysis: null | string; id: number }[] }
    const [first] = docs
    await staff('PATCH', `/api/goal-assessments/${first.id}?draft=true`, {
      analysis: 'Ett utkast.',
    })
    const versions = (await (
      await staff(
        'GET',
        `/api/goal-assessments/versions?where[parent][equals]=${first.id}&sort=-updatedAt&limit=1`,
      )
    ).json()) as { docs: { id: string }[] }
    const full = await staff('POST', `/api/goal-assessments/versions/${versions.docs[0].id}`)
    expect(full.status).toBe(400)
    const asDraft = await staff(
      'POST',
      `/api/goal-assessments/versions/${versions.docs[0].id}?draft=true`,
    )
    expect(asDraft.status).toBe(200)
    const shown = (await (await anonymous(`/api/goal-assessments/${first.id}`)).json()) as {
      analysis: null | string
    }
    expect(shown.analysis).toBe(first.analysis)
  })

  it('should import the outcomes all or nothing, preview them, and refuse what is no finance file', async () => {
    const upload = (text: string, query = '', name = 'utfall.csv') => {
      const form = new FormData()
      form.append('file', new Blob([new TextEncoder().encode(text)]), name)
      return fetch(`${server.url}/api/follow-up-reports/${reportId}/outcome-import${query}`, {
        body: form,
        headers: { authorization: auth },
        method: 'POST',
      })
    }
    const outcomes = async () =>
      (
        (await (
          await staff('GET', `/api/follow-up-reports/${reportId}?draft=true&depth=0`)
        ).json()) as {
          outcomes: { committee: string; forecast: null | number; outcome: null | number }[]
        }
      ).outcomes
    const before = await outcomes()
    const header = 'nämnd;typ;utfall_tkr;prognos_tkr;kommentar'
    const bad = await upload(
      `${header}\r\nKommunstyrelsen;drift;10 500;21 000;\r\nKulturnämnden;drift;tolv;;\r\n`,
    )
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      errors: [{ message: expect.stringContaining('utfall_tkr "tolv"'), row: 3 }],
    })
    expect(await outcomes()).toEqual(before)
    const good = `${header}\r\nKommunstyrelsen;drift;10 500;21 000;Enligt plan\r\n`
    const preview = await upload(good, '?dryRun=1')
    expect(preview.status).toBe(200)
    expect(await outcomes()).toEqual(before)
    const stored = await upload(good)
    expect(await stored.json()).toEqual({ draft: true, outcomes: 1 })
    expect(await outcomes()).toEqual([
      expect.objectContaining({ committee: 'Kommunstyrelsen', forecast: 21_000, outcome: 10_500 }),
    ])
    expect((await upload(good, '', 'utfall.exe')).status).toBe(415)
    const anonymous = await fetch(
      `${server.url}/api/follow-up-reports/${reportId}/outcome-import`,
      {
        body: new FormData(),
        method: 'POST',
      },
    )
    expect(anonymous.status).toBe(401)
  })
})
