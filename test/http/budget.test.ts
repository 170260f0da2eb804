import Ajv from 'ajv-draft-04'
import fs from 'node:fs'
import path from 'node:path'

import { budgetCsv, budgetXlsx, EXEMPELBY_ROWS } from '../helpers/budgetFiles'
import {
  adminAuthorization,
  createReviewed,
  publishReviewed,
  startSeededServer,
} from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

// The Fiscal Data Package profile's JSON Schema, as Frictionless publishes it (datapackage-js 1.1.10).
const schema = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname ?? '.', '../fixtures/fiscal-data-package.schema.json'),
    'utf8',
  ),
) as object

describe('the budget over HTTP (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let planId: number

  const upload = (
    file: Buffer,
    name: string,
    query = '',
    headers: Record<string, string> = { authorization: auth },
  ) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)]), name)
    return fetch(`${server.url}/api/budget-plans/${planId}/budget-import${query}`, {
      body: form,
      headers,
      method: 'POST',
    })
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_budget', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
    planId = await createReviewed(server.url, 'budget-plans', {
      tax: { rate: 22.5 },
      title: 'Exempelby 2030',
      year: 2030,
    })
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should answer a preview, refuse a bad file whole, and store a good one — staff only', async () => {
    const csv = Buffer.from(budgetCsv(EXEMPELBY_ROWS))
    expect((await upload(csv, 'budget.csv', '', {})).status).toBe(401)
    expect((await upload(csv, 'budget.exe')).status).toBe(415)
    const template = await fetch(`${server.url}/api/budget-plans/budget-template.csv`)
    expect(await template.text()).toContain('nämnd;typ;belopp_tkr;föregående_år_tkr;kommentar')

    const dry = await upload(csv, 'budget.csv', '?dryRun=1')
    expect(dry.status).toBe(200)
    expect(await dry.json()).toMatchObject({
      dryRun: true,
      lines: 6,
      totals: { result: 327_249_500 },
    })

    const bad = await upload(
      Buffer.from(budgetCsv([...EXEMPELBY_ROWS, ['Kulturnämnden', 'bidrag', '1', '', '']])),
      'budget.csv',
    )
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { errors: unknown[] }).errors).toEqual([
      { message: expect.stringContaining('typ är "bidrag"'), row: 8 },
    ])
    const draft = await fetch(`${server.url}/api/budget-plans/${planId}?draft=true&depth=0`, {
      headers: { authorization: auth },
    })
    expect(((await draft.json()) as { budgetLines: unknown[] }).budgetLines).toEqual([])

    const ok = await upload(await budgetXlsx(EXEMPELBY_ROWS), 'budget.xlsx')
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ lines: 6 })
    const publish = await publishReviewed(server.url, 'budget-plans', planId)
    expect(publish.status).toBe(200)
  })

  it('should carry the lines and totals in REST, GraphQL and open data, with a valid Fiscal Data Package', async () => {
    const page = (await (await fetch(`${server.url}/api/public/plans/2030`)).json()) as {
      budget: { lines: { amount: number; committee: string }[]; totals: { operating: number } }
    }
    expect(page.budget.lines).toHaveLength(6)
    expect(page.budget.totals.operating).toBe(882_750_500)
    const gql = (await (
      await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({
          query:
            '{ PublicPlan(year: 2030) { budget { lines { committee kind amount previousAmount } totals { operating income result investment } } } }',
        }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    ).json()) as { data: { PublicPlan: { budget: { lines: unknown[]; totals: unknown } } } }
    expect(gql.data.PublicPlan.budget.lines[0]).toEqual({
      amount: 125_400_000,
      committee: 'Kommunstyrelsen',
      kind: 'drift',
      previousAmount: 120_100_000,
    })
    expect(gql.data.PublicPlan.budget.totals).toEqual({
      income: 1_210_000_000,
      investment: 35_000_000,
      operating: 882_750_500,
      result: 327_249_500,
    })
    const csv = await (
      await fetch(`${server.url}/api/public/plans/2030/open-data.csv?table=budget-lines`)
    ).text()
    expect(csv).toContain(
      '2030;Barn- och utbildningsnämnden;drift;expenditure;402350500;398000000;',
    )
    expect(csv).toContain(
      '2030;Skatteintäkter och generella statsbidrag;drift;revenue;900000000;880000000;Intäkt',
    )

    const res = await fetch(`${server.url}/api/public/plans/2030/datapackage.json`)
    expect(res.status).toBe(200)
    const descriptor = (await res.json()) as {
      model: { dimensions: Record<string, { classificationType?: string }> }
    }
    const validate = new Ajv({ strict: false }).compile(schema)
    const valid = validate(descriptor)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(descriptor.model.dimensions.administrative_classification.classificationType).toBe(
      'administrative',
    )
    // A broken descriptor fails the same check: the validation is real.
    expect(validate({ ...descriptor, model: { measures: {} } })).toBe(false)
    expect((await fetch(`${server.url}/api/public/plans/2021/datapackage.json`)).status).toBe(404)
  })

  it('should show the section and the calculator without JavaScript (a GET with manadsinkomst)', async () => {
    const html = await (await fetch(`${server.url}/mal-och-budget/2030?manadsinkomst=30000`)).text()
    expect(html).toContain('Så används skattepengarna')
    // The chart is HTML: a figure named by its caption, each bar labelled with committee and amount.
    expect(html).toMatch(
      /<figure[^>]*aria-labelledby="budget-chart-title"[^>]*class="budget-chart"/,
    )
    expect(html).toMatch(
      /<span class="budget-chart__label">Barn- och utbildningsnämnden – 402,4 mnkr<\/span>/,
    )
    // 30 000 × 22,5 % = 6 750 kr; Barn- och utbildningsnämnden 402 350 500 / 882 750 500 of it = 3 077 kr.
    expect(html).toContain('ungefär 6\u00a0750 kr i månaden')
    expect(html).toContain('Barn- och utbildningsnämnden: 3\u00a0077 kr i månaden')
    const hedemora = await (await fetch(`${server.url}/mal-och-budget/2021`)).text()
    expect(hedemora).not.toContain('Så används skattepengarna')
  })
})
