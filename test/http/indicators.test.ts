import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { type KoladaStub, startKoladaStub } from '../helpers/koladaStub'
import { adminAuthorization, startSeededServer } from '../helpers/seededServer'
import { freePort, type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Series = { group: null | number; national: null | number; value: null | number; year: number }
type Page = {
  goals: {
    id: string
    indicators: { explanation: null | string; kpiId: null | string; series: Series[] }[]
    title: string
  }[]
}

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const Y = (back: number) => new Date().getUTCFullYear() - back

describe('indicator figures over HTTP (production server, Kolada stub)', () => {
  let kolada: KoladaStub
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let schoolGoalId: string

  const cli = (env: Record<string, string>) =>
    promisify(execFile)(
      process.execPath,
      [
        '--conditions=production',
        '--no-deprecation',
        '--import',
        'tsx',
        'host/cli/importIndicators.ts',
      ],
      { cwd: root, env: { ...process.env, ...seeded.env, ...env }, timeout: 120_000 },
    )
  const publicPage = async (): Promise<Page> =>
    (await (await fetch(`${server.url}/api/public/plans/2021`)).json()) as Page

  beforeAll(async () => {
    kolada = await startKoladaStub({
      N15419: {
        title: 'Stubbindikator skola',
        values: {
          '0000': { [Y(3)]: { T: 225 }, [Y(1)]: { T: 229 } },
          '2083': { [Y(3)]: { T: 200 }, [Y(1)]: { T: 212 } },
        },
      },
      U21401: { title: 'Stubbindikator hemtjänst', values: { '2083': { [Y(1)]: { T: 18 } } } },
    })
    seeded = await startSeededServer('http_indicators', {
      JOBS_AUTORUN: 'false',
      KOLADA_BASE_URL: kolada.url,
      KOLADA_RETRY_DELAY_MS: '1',
    })
    server = seeded.server
    auth = await adminAuthorization(server.url)
    const goals = (await (
      await fetch(`${server.url}/api/goals?limit=50&depth=0`, { headers: { authorization: auth } })
    ).json()) as { docs: { id: number; indicators: { kpiId?: string }[] }[] }
    schoolGoalId = String(goals.docs.find((g) => g.indicators[0]?.kpiId === 'N15419')?.id)
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
    await kolada?.close()
  })

  it('should let staff only start "Hämta från Kolada nu" on a goal, and answer the run', async () => {
    const url = `${server.url}/api/goals/${schoolGoalId}/import-indicators`
    expect((await fetch(url, { method: 'POST' })).status).toBe(401)
    expect(
      (
        await fetch(`${server.url}/api/goals/999999/import-indicators`, {
          headers: { authorization: auth },
          method: 'POST',
        })
      ).status,
    ).toBe(404)
    const res = await fetch(url, { headers: { authorization: auth }, method: 'POST' })
    expect(res.status).toBe(200)
    const report = (await res.json()) as { changes: unknown[]; kpis: string[]; outcome: string }
    expect(report).toMatchObject({ kpis: ['N15419'], outcome: 'ok' })
    expect(report.changes.length).toBeGreaterThan(0)
  })

  it('should carry the series in REST, GraphQL and open data, and show chart and table on the page', async () => {
    // A publish (the import's stamp) is seen within 2 s.
    let school: Page['goals'][number]['indicators'][number] | undefined
    for (let i = 0; i < 30 && !school?.series.length; i++) {
      school = (await publicPage()).goals.find((g) => g.id === schoolGoalId)?.indicators[0]
      if (!school?.series.length) await new Promise((r) => setTimeout(r, 100))
    }
    expect(school?.series.map((p) => [p.year, p.value, p.national])).toEqual([
      [Y(3), 200, 225],
      [Y(1), 212, 229],
    ])
    expect(school?.explanation).toBe(
      `Hedemora 212 – riket 229 (${Y(1)}). Sämre än riket, men bättre än ${Y(3)}.`,
    )

    const gql = (await (
      await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({
          query: `{ PublicPlan(year: 2021) { goals { id indicators { kpiId explanation kolada { kpiId fetchedAt } series { year value national group preliminary source } } } } }`,
        }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    ).json()) as { data: { PublicPlan: Page } }
    const viaGraphQL = gql.data.PublicPlan.goals.find((g) => g.id === schoolGoalId)?.indicators[0]
    expect(viaGraphQL?.series).toEqual([
      { group: null, national: 225, preliminary: false, source: 'kolada', value: 200, year: Y(3) },
      { group: null, national: 229, preliminary: false, source: 'kolada', value: 212, year: Y(1) },
    ])

    const open = (await (
      await fetch(`${server.url}/api/public/plans/2021/open-data.json`)
    ).json()) as { tables: Record<string, { columns: string[]; rows: unknown[][] }> }
    const table = open.tables['indicator-series']
    const year = table.columns.indexOf('year')
    const value = table.columns.indexOf('value')
    const source = table.columns.indexOf('value_source')
    expect(table.rows.map((r) => [r[year], r[value], r[source]])).toEqual([
      [Y(3), 200, 'Kolada'],
      [Y(1), 212, 'Kolada'],
    ])
    const csv = await (
      await fetch(`${server.url}/api/public/plans/2021/open-data.csv?table=indicator-series`)
    ).text()
    expect(csv).toContain(`;${Y(1)};212;`)

    const html = await (await fetch(`${server.url}/mal-och-budget/2021`)).text()
    expect(html).toMatch(/<svg[^>]*role="img"/)
    expect(html).toContain('Källa: Kolada (N15419, Stubbindikator skola), hämtad ')
    expect(html).toContain(`<th scope="row">${Y(1)}</th>`)
  })

  it('should not put a draft goal or its figures in anything the public reads', async () => {
    const created = await fetch(`${server.url}/api/goals?draft=true`, {
      body: JSON.stringify({
        _status: 'draft',
        indicators: [{ direction: 'higher', kpiId: 'U21401', name: 'Hemligt utkast' }],
        plan: ((await publicPage()) as unknown as { id: string }).id,
        title: 'Utkastmål med Kolada',
      }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const run = await fetch(`${server.url}/api/goals/${doc.id}/import-indicators`, {
      headers: { authorization: auth },
      method: 'POST',
    })
    expect(run.status).toBe(200)
    await new Promise((r) => setTimeout(r, 1200))
    const text = JSON.stringify(await publicPage())
    expect(text).not.toContain('Hemligt utkast')
    const open = await (await fetch(`${server.url}/api/public/plans/2021/open-data.json`)).text()
    expect(open).not.toContain('Hemligt utkast')
    // The series themselves are staff-only in Payload's own API.
    expect((await fetch(`${server.url}/api/indicator-series`)).status).toBe(403)
    expect((await fetch(`${server.url}/api/indicator-imports`)).status).toBe(403)
  })

  it('should run `npm run indicators:import`: exit 0 when it ran, 1 with the reason when Kolada cannot be reached', async () => {
    const ok = await cli({})
    expect(ok.stdout).toMatch(/Kolada: ok, 2 KPI\(s\) \(N15419, U21401\)/)
    const closed = await freePort()
    await expect(
      cli({ KOLADA_BASE_URL: `http://127.0.0.1:${closed}/v3`, KOLADA_RETRY_DELAY_MS: '1' }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Kolada gick inte att nå') })
    await expect(cli({ KOLADA_MUNICIPALITY_ID: '20833' })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('KOLADA_MUNICIPALITY_ID="20833" must be four digits'),
    })
  })
})
