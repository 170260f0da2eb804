/**
 * `npm run build && npm run bench:lighthouse`: Lighthouse (mobile, its default throttling) on the
 * plan page with Kolada figures and a budget — the Hedemora seed, every goal's indicators imported
 * from a local Kolada stand-in, the finance office's budget with a tax rate on the 2021 plan —
 * served by the production server. Prints performance, accessibility, total blocking time, the
 * paints and the JavaScript the page loads; writes bench/results/lighthouse.json. Uses Debian's
 * Chromium at /usr/bin/chromium (CHROMIUM_PATH to change it); downloads nothing.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { budgetXlsx, EXEMPELBY_ROWS } from '../test/helpers/budgetFiles'
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/helpers/browser'
import { startKoladaStub, type StubKpi } from '../test/helpers/koladaStub'
import { adminAuthorization, startSeededServer, staffApi } from '../test/helpers/seededServer'

const root = path.resolve(import.meta.dirname, '..')
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.')
  process.exit(1)
}
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const year = new Date().getUTCFullYear()

/** Six years of figures for a KPI: the municipality, its group and the country. */
const series = (base: number): StubKpi => {
  const values: StubKpi['values'] = { '0000': {}, '2083': {}, G7: {} }
  for (let back = 6; back >= 1; back--) {
    values['2083'][year - back] = { K: base + 2 - back, M: base - 3 - back, T: base - back }
    values.G7[year - back] = { T: base + 1 - back / 2 }
    values['0000'][year - back] = { T: base + 2 - back / 3 }
  }
  return { genderDivided: true, title: 'Indikator', values }
}

const seededKpis = (): string[] => {
  const seed = fs.readFileSync(path.join(root, 'host', 'seed', 'hedemoraStructure.ts'), 'utf8')
  return [...new Set([...seed.matchAll(/kpiId: '([A-Z]\d+)'/g)].map((m) => m[1]))]
}

const kolada = await startKoladaStub(
  Object.fromEntries(seededKpis().map((kpi, i) => [kpi, series(40 + 5 * i)])),
)
const seeded = await startSeededServer('bench_lighthouse', {
  JOBS_AUTORUN: 'false',
  KOLADA_BASE_URL: kolada.url,
  KOLADA_RETRY_DELAY_MS: '1',
})
const base = seeded.server.url
let auth = ''
const api = staffApi(
  () => base,
  () => auth,
)
try {
  auth = await adminAuthorization(base)
  await api('POST', '/api/globals/site-settings', {
    kolada: { groupId: 'G7', groupTitle: 'Liknande kommuner', municipalityId: '2083' },
    reviewWorkflow: false,
  })
  const goals = await api<{ docs: { id: number; indicators?: { kpiId?: string }[] }[] }>(
    'GET',
    '/api/goals?limit=200&depth=0',
  )
  let imported = 0
  for (const goal of goals.docs) {
    if (!goal.indicators?.some((i) => i.kpiId)) continue
    await api('POST', `/api/goals/${goal.id}/import-indicators`)
    imported++
  }
  const plan = (
    await api<{ docs: { id: number }[] }>(
      'GET',
      '/api/budget-plans?where[year][equals]=2021&depth=0',
    )
  ).docs[0]
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await budgetXlsx(EXEMPELBY_ROWS))]), 'budget.xlsx')
  const budget = await fetch(`${base}/api/budget-plans/${plan.id}/budget-import`, {
    body: form,
    headers: { authorization: auth },
    method: 'POST',
  })
  if (!budget.ok) throw new Error(`budget import: ${budget.status} ${await budget.text()}`)
  const { lines } = (await budget.json()) as { lines: number }
  await api('PATCH', `/api/budget-plans/${plan.id}`, { _status: 'published', tax: { rate: 22.5 } })
  await new Promise((r) => setTimeout(r, 1100))
  const page = await (await fetch(`${base}/mal-och-budget/2021`)).text()
  const charts = (page.match(/class="indicator-chart/g) ?? []).length
  console.log(
    `The 2021 page: ${imported} goals with Kolada figures (${charts} charts), a budget of ${lines} lines and the tax calculator.`,
  )

  const chrome = await chromeLauncher.launch({
    chromeFlags: CHROMIUM_FLAGS,
    chromePath: CHROMIUM,
    userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'mob-lighthouse-')),
  })
  const runs: Record<string, number>[] = []
  try {
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${base}/mal-och-budget/2021`, {
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        output: 'json',
        port: chrome.port,
      })
      const lhr = result?.lhr
      if (!lhr) throw new Error('Lighthouse gave no result')
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      const scripts = (
        (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] })?.items ??
        []
      ).filter((item) => item.resourceType === 'Script')
      runs.push({
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        cumulativeLayoutShift: numeric('cumulative-layout-shift'),
        firstContentfulPaintMs: numeric('first-contentful-paint'),
        largestContentfulPaintMs: numeric('largest-contentful-paint'),
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        scriptBytes: scripts.reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0),
        scriptFiles: scripts.length,
        totalBlockingTimeMs: numeric('total-blocking-time'),
        totalBytes: numeric('total-byte-weight'),
      })
    }
  } finally {
    chrome.kill()
  }
  const median = (key: string) => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b)
    return values[Math.floor(values.length / 2)]
  }
  const keys = Object.keys(runs[0] ?? {})
  console.log(`\nLighthouse ${RUNS} runs (mobile), median:`)
  for (const key of keys) console.log(`  ${key}: ${Math.round(median(key) * 1000) / 1000}`)
  console.log(
    `${median('performance') >= 95 ? 'met    ' : 'MISSED '} performance >= 95\n` +
      `${median('totalBlockingTimeMs') < 150 ? 'met    ' : 'MISSED '} total blocking time < 150 ms\n` +
      `${median('accessibility') === 100 ? 'met    ' : 'MISSED '} accessibility 100\n` +
      `${median('scriptBytes') <= 30 * 1024 ? 'met    ' : 'MISSED '} JavaScript <= 30 KiB`,
  )
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  fs.writeFileSync(
    path.join(root, 'bench', 'results', 'lighthouse.json'),
    JSON.stringify({ runs }, null, 2),
  )
} finally {
  await seeded.server.stop()
  await seeded.database.cleanup()
  await kolada.close()
}
process.exit(0)
