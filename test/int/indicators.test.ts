import type { Payload } from 'payload'

import type { Goal } from '../../host/payload-types'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { importIndicators } from '../../src/indicators/importIndicators'
import { IMPORT_INDICATORS } from '../../src/indicators/importIndicatorsTask'
import { readPublicPage } from '../../src/index'
import { type KoladaStub, startKoladaStub } from '../helpers/koladaStub'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const THIS_YEAR = new Date().getUTCFullYear()
const Y = (back: number) => THIS_YEAR - back

// Clearly made-up figures: the stub is not Kolada, and the tests say nothing of Hedemora's results.
const schoolFigures = () => ({
  '0000': { [Y(4)]: { T: 225 }, [Y(3)]: { T: 226 }, [Y(2)]: { T: 229 } },
  '2083': {
    [Y(4)]: { K: 210, M: 190, T: 200 },
    [Y(3)]: { K: 215, M: 195, T: 205 },
    [Y(2)]: { K: 222, M: 202, T: 212 },
    [Y(1)]: { T: null },
  },
  G1: { [Y(4)]: { T: 205 }, [Y(2)]: { T: 215 } },
})

describe('indicators from Kolada', () => {
  let kolada: KoladaStub
  let smtp: SmtpSink
  let test: TestPayload
  let payload: Payload
  let goals: Record<string, Goal>

  const planPage = async () => (await readPublicPage(payload, { year: 2021 }, 'sv'))?.page
  const planStamp = async () =>
    (await payload.find({ collection: 'budget-plans', where: { year: { equals: 2021 } } })).docs[0]
      .pageUpdatedAt
  const series = async (kpiId: string) =>
    (
      await payload.find({
        collection: 'indicator-series',
        overrideAccess: true,
        where: { kpiId: { equals: kpiId } },
      })
    ).docs[0]
  const waitForMail = async (count: number) => {
    for (let i = 0; i < 60 && smtp.messages.length < count; i++)
      await new Promise((r) => setTimeout(r, 50))
  }
  const run = () => importIndicators(payload, { trigger: 'cli' })

  beforeAll(async () => {
    kolada = await startKoladaStub({
      N15419: { genderDivided: true, title: 'Stubbindikator skola', values: schoolFigures() },
      U21401: {
        title: 'Stubbindikator hemtjänst',
        values: {
          '0000': { [Y(3)]: { T: 16 }, [Y(1)]: { T: 16 } },
          '2083': { [Y(3)]: { T: 19 }, [Y(1)]: { status: 'Prel', T: 18 } },
        },
      },
    })
    smtp = await startSmtpSink()
    test = await startTestPayload('indicators', {
      KOLADA_BASE_URL: kolada.url,
      KOLADA_RETRY_DELAY_MS: '1',
      KOLADA_YEARS_BACK: '30',
      SERVER_URL: 'https://mal.hedemora.se',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    payload = test.payload
    await seedHedemora(payload)
    const owner = await payload.create({
      collection: 'users',
      data: { email: 'agare@hedemora.se', password: 'lösen-123456789', roles: ['editor'] },
    })
    const plan = (await payload.find({ collection: 'budget-plans' })).docs[0]
    await payload.update({ id: plan.id, collection: 'budget-plans', data: { pageOwner: owner.id } })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { kolada: { groupId: 'G1', groupTitle: 'Liknande kommuner', municipalityId: '2083' } },
    })
    const { docs } = await payload.find({ collection: 'goals', limit: 0 })
    goals = Object.fromEntries(docs.map((g) => [g.indicators?.[0]?.kpiId ?? g.title, g]))
  })

  afterAll(async () => {
    await test?.destroy()
    await smtp?.close()
    await kolada?.close()
  })

  it('should import every KPI the goals use: municipality, Riket and group, at most 25 years a request', async () => {
    const before = await planStamp()
    const report = await run()
    expect(report.outcome).toBe('ok')
    expect(report.kpis).toEqual(['N15419', 'U21401'])
    expect(report.errors).toEqual([])
    const dataRequests = kolada.requests.filter((r) => r.startsWith('/v3/data/'))
    // 31 years (30 back) → two requests per KPI, none over 25 years.
    expect(dataRequests).toHaveLength(4)
    for (const r of dataRequests) {
      expect(r).toMatch(/\/municipality\/2083,0000,G1\/year\//)
      expect(r.split('/year/')[1].split('?')[0].split(',').length).toBeLessThanOrEqual(25)
    }
    const school = await series('N15419')
    expect(school.title).toBe('Stubbindikator skola')
    expect(school.latestYear).toBe(Y(2))
    // Published figures appeared: "Sida uppdaterad" moved.
    expect(await planStamp()).not.toBe(before)
    expect(report.stampedPlans).toBe(1)

    const page = await planPage()
    const indicator = page?.goals.find((g) => g.id === String(goals.N15419.id))?.indicators[0]
    expect(indicator?.series.map((p) => [p.year, p.value, p.national, p.group])).toEqual([
      [Y(4), 200, 225, 205],
      [Y(3), 205, 226, null],
      [Y(2), 212, 229, 215],
    ])
    expect(indicator?.series[0]).toMatchObject({ valueMen: 190, valueWomen: 210 })
    expect(indicator?.explanation).toBe(
      `Hedemora 212 – riket 229 (${Y(2)}). Sämre än riket, men bättre än ${Y(4)}.`,
    )
    expect(indicator?.status).toBe('at_risk')
    expect(indicator?.kolada).toMatchObject({ kpiId: 'N15419', title: 'Stubbindikator skola' })
    expect(page?.comparisonGroup).toBe('Liknande kommuner')
    const homecare = page?.goals.find((g) => g.id === String(goals.U21401.id))?.indicators[0]
    expect(homecare?.series.at(-1)).toMatchObject({ preliminary: true, value: 18, year: Y(1) })
    expect(homecare?.explanation).toContain('Uppgiften för ' + Y(1) + ' är preliminär.')
    // The goal's own status (REST, admin) follows the same figures.
    const goal = await payload.findByID({ id: goals.N15419.id, collection: 'goals' })
    expect(goal.status).toBe('at_risk')
    const record = (await payload.find({ collection: 'indicator-imports', sort: '-startedAt' }))
      .docs[0]
    expect(record).toMatchObject({
      errorCount: 0,
      kpis: 'N15419, U21401',
      outcome: 'ok',
      trigger: 'cli',
    })
    expect(record.changeCount).toBe(report.changes.length)
  })

  it('should keep a null value as no figure, not as zero', async () => {
    const page = await planPage()
    const indicator = page?.goals.find((g) => g.id === String(goals.N15419.id))?.indicators[0]
    expect(indicator?.series.find((p) => p.year === Y(1))).toBeUndefined()
    const stored = (await series('N15419')).points as {
      area: string
      value: null | number
      year: number
    }[]
    expect(stored.find((p) => p.area === '2083' && p.year === Y(1))).toMatchObject({ value: null })
  })

  it('should page through next_url and, when nothing changed, change nothing and not move "Sida uppdaterad"', async () => {
    kolada.pageSize = 2
    kolada.requests.length = 0
    const stamp = await planStamp()
    const fetched = (await series('N15419')).fetchedAt
    const report = await run()
    kolada.pageSize = 1000
    expect(report.outcome).toBe('ok')
    expect(report.changes).toEqual([])
    expect(report.stampedPlans).toBe(0)
    expect(kolada.requests.some((r) => r.includes('page=3'))).toBe(true)
    expect(await planStamp()).toBe(stamp)
    expect((await series('N15419')).fetchedAt).toBe(fetched)
  })

  it('should retry after a 429 and then import', async () => {
    kolada.fail('N15419', 429, 1, 0)
    kolada.requests.length = 0
    const report = await run()
    expect(report.outcome).toBe('ok')
    const schoolData = kolada.requests.filter((r) => r.startsWith('/v3/data/kpi/N15419'))
    expect(schoolData).toHaveLength(3) // one refused, then the two spans
  })

  it('should import the other KPIs when one answers 500, record the error, and move the page for a changed figure', async () => {
    kolada.fail('U21401', 500, 100)
    kolada.kpis.N15419.values['2083'][Y(2)] = { K: 224, M: 204, T: 214 }
    const stamp = await planStamp()
    const report = await run()
    kolada.fail('U21401', 500, 0)
    expect(report.outcome).toBe('partial')
    expect(report.errors).toEqual([
      { kpiId: 'U21401', message: expect.stringContaining('Kolada svarade 500') },
    ])
    expect(report.changes).toEqual([
      { after: 214, area: '2083', before: 212, kpiId: 'N15419', year: Y(2) },
    ])
    expect(await planStamp()).not.toBe(stamp)
    const page = await planPage()
    const indicator = page?.goals.find((g) => g.id === String(goals.N15419.id))?.indicators[0]
    expect(indicator?.latest).toEqual({ value: 214, year: Y(2) })
    const record = (await payload.find({ collection: 'indicator-imports', sort: '-startedAt' }))
      .docs[0]
    expect(record).toMatchObject({ errorCount: 1, outcome: 'partial' })
    expect(record.summary).toContain('Fel U21401: Kolada svarade 500')
  })

  it('should refuse an answer of a shape Kolada does not use and store nothing of it', async () => {
    kolada.kpis.N15419.values['2083'][Y(2)] = { T: 999 }
    kolada.malformed.add('N15419')
    const before = await series('N15419')
    const report = await run()
    kolada.malformed.delete('N15419')
    kolada.kpis.N15419.values['2083'][Y(2)] = { K: 224, M: 204, T: 214 }
    expect(report.errors).toEqual([
      {
        kpiId: 'N15419',
        message: expect.stringMatching(/form vi inte känner igen.*inget sparades/),
      },
    ])
    const after = await series('N15419')
    expect(after.points).toEqual(before.points)
    expect(after.fetchedAt).toBe(before.fetchedAt)
  })

  it('should e-mail the page owner once about stale figures, and again only when something new is stale', async () => {
    // The seed's two indicators with no KPI and no figure were reported by the first import.
    await waitForMail(1)
    expect(smtp.messages).toHaveLength(1)
    const first = smtp.messages[0]
    expect(first.to && 'text' in first.to ? first.to.text : '').toBe('agare@hedemora.se')
    expect(first.subject).toContain('Inaktuella uppgifter')
    expect(first.text).toContain('uppgifter saknas')
    expect((await payload.find({ collection: 'indicator-alerts' })).totalDocs).toBe(2)

    await run()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages).toHaveLength(1)

    // An editor keeps the home-care indicator to own figures; Kolada has a newer year than it shows.
    const homecare = goals.U21401
    await payload.update({
      id: homecare.id,
      collection: 'goals',
      data: {
        _status: 'published',
        indicators: [
          {
            ...homecare.indicators?.[0],
            direction: 'lower',
            figures: [{ value: 20, year: Y(5) }],
            name: homecare.indicators?.[0]?.name ?? '',
            useKolada: false,
          },
        ],
      },
    })
    await run()
    await waitForMail(2)
    expect(smtp.messages).toHaveLength(2)
    expect(smtp.messages[1].text).toContain(`Kolada har uppgifter för ${Y(1)}, sidan visar ${Y(5)}`)
    await run()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages).toHaveLength(2)
  })

  it("should keep an editor's own figure over Kolada's, show it as hers, and say so in the run", async () => {
    const school = await payload.findByID({ id: goals.N15419.id, collection: 'goals' })
    await payload.update({
      id: school.id,
      collection: 'goals',
      data: {
        _status: 'published',
        indicators: [
          {
            ...school.indicators?.[0],
            figures: [{ value: 210, year: Y(2) }],
            name: school.indicators?.[0]?.name ?? '',
          },
        ],
      },
    })
    kolada.kpis.N15419.values['2083'][Y(2)] = { T: 216 }
    const report = await run()
    expect(report.notes).toEqual([
      expect.stringContaining(`Kolada har 216 för ${Y(2)}, men er egen uppgift 210 visas`),
    ])
    const page = await planPage()
    const indicator = page?.goals.find((g) => g.id === String(goals.N15419.id))?.indicators[0]
    expect(indicator?.series.find((p) => p.year === Y(2))).toMatchObject({
      source: 'manual',
      value: 210,
    })
    expect(indicator?.explanation).toContain('egen uppgift')
  })

  it('should run as the importIndicators job task', async () => {
    const count = (await payload.find({ collection: 'indicator-imports' })).totalDocs
    await payload.jobs.queue({ input: {}, queue: 'daily', task: IMPORT_INDICATORS })
    await payload.jobs.run({ queue: 'daily' })
    const records = await payload.find({ collection: 'indicator-imports', sort: '-startedAt' })
    expect(records.totalDocs).toBe(count + 1)
    expect(records.docs[0].trigger).toBe('schedule')
  })

  it('should refuse to run without a municipality id, saying where to set it', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { kolada: { municipalityId: null } },
    })
    await expect(run()).rejects.toThrow(/Kommunens Kolada-id saknas.*KOLADA_MUNICIPALITY_ID/)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { kolada: { groupId: 'G1', municipalityId: '2083' } },
    })
  })
})
