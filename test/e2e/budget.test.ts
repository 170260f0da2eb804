import type { BrowserContext } from 'playwright-core'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { axeViolations, eventually, logIn, openBrowser, screenshot } from '../helpers/browser'
import { budgetXlsx, EXEMPELBY_ROWS } from '../helpers/budgetFiles'
import {
  TEST_ADMIN,
  createReviewed,
  publishReviewed,
  startSeededServer,
} from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

describe('the budget in the admin and on the page, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let planId: number
  let editor: BrowserContext
  let resident: BrowserContext
  let noScript: BrowserContext
  let file: string

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_budget', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    planId = await createReviewed(base, 'budget-plans', {
      tax: { rate: 22.5 },
      title: 'Exempelby 2030',
      year: 2030,
    })
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mob-budget-')), 'budget.xlsx')
    fs.writeFileSync(file, await budgetXlsx(EXEMPELBY_ROWS))
    editor = await openBrowser()
    resident = await openBrowser({ viewport: { height: 800, width: 320 } })
    noScript = await openBrowser({
      javaScriptEnabled: false,
      viewport: { height: 800, width: 320 },
    })
  }, 240_000)

  afterAll(async () => {
    await editor?.close()
    await resident?.close()
    await noScript?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('lets an editor preview the finance office’s file and import it', async () => {
    const page = await editor.newPage()
    await logIn(page, base, TEST_ADMIN.email, TEST_ADMIN.password)
    await page.goto(`${base}/admin/collections/budget-plans/${planId}`)
    await page.getByRole('button', { exact: true, name: 'Budget' }).click()
    await page.getByLabel('Fil (.xlsx eller .csv)').setInputFiles(file)
    await page.getByRole('button', { name: 'Förhandsgranska' }).click()
    await page.getByText('6 rader lästes. Kontrollera och importera.').waitFor()
    await screenshot(page, 'budget-1-preview')
    await page.getByRole('button', { name: 'Importera 6 rader' }).click()
    await page.getByText('6 budgetrader sparade i utkastet.').waitFor()
    // The form follows the import without a reload: totals and rows named by committee.
    await page.getByText(/^Driftramar [1-9][\d\s\u00a0]* kr/).waitFor()
    await page.getByText('Barn- och utbildningsnämnden (drift)').first().waitFor()
    expect(await page.getByText(/^Budgetrad \d+$/).count()).toBe(0)
    const publish = await publishReviewed(base, 'budget-plans', planId)
    expect(publish.status).toBe(200)
    await eventually(
      async () =>
        ((await (await fetch(`${base}/api/public/plans/2030`)).json()) as { budget: unknown })
          .budget !== null,
    )
  }, 120_000)

  it('shows the chart, the table and a calculator that answers as you type, at 320 px, with no axe violations', async () => {
    const page = await resident.newPage()
    await page.goto(`${base}/mal-och-budget/2030`)
    const chart = page.locator('figure.budget-chart')
    await expect(chart.locator('figcaption').textContent()).resolves.toBe('Driftramar per nämnd')
    // Largest first, each bar named with its amount in the page's own type.
    await expect(chart.locator('.budget-chart__label').allTextContents()).resolves.toEqual([
      'Barn- och utbildningsnämnden – 402,4 mnkr',
      'Omsorgsnämnden – 355 mnkr',
      'Kommunstyrelsen – 125,4 mnkr',
    ])
    await expect(page.locator('table.budget-table tbody tr').count()).resolves.toBe(6)
    await page.getByLabel('Din månadsinkomst före skatt (kronor)').fill('30000')
    await page.getByText(/betalar du ungefär 6\s750 kr i månaden/).waitFor()
    expect(page.url()).not.toContain('manadsinkomst')
    await expect(page.locator('.tax-shares li').first().innerText()).resolves.toMatch(
      /^Barn- och utbildningsnämnden: 3\s077 kr i månaden$/,
    )
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'budget-2-page-320px')
  })

  it('loads at most 30 KiB of JavaScript for the plan page with its chart, table and calculator', async () => {
    const page = await resident.newPage()
    const scripts: { bytes: number; url: string }[] = []
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      const sizes = await response.request().sizes()
      scripts.push({
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        url: response.url(),
      })
    })
    await page.goto(`${base}/mal-och-budget/2030`, { waitUntil: 'networkidle' })
    // Script in the page itself (compressed with the page; counted here at its full length).
    const inline = await page.evaluate(() =>
      [...document.scripts]
        .filter((s) => !s.src && !/json/.test(s.type))
        .reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? '').length, 0),
    )
    const loaded = scripts.reduce((sum, s) => sum + s.bytes, 0)
    console.log(
      `[javascript] ${scripts.length} files, ${loaded} bytes loaded, ${inline} bytes inline`,
    )
    expect(loaded + inline).toBeLessThanOrEqual(30 * 1024)
    expect(scripts.filter((s) => s.url.includes('/_next/'))).toEqual([])
  })

  it('answers the calculator without JavaScript, by the form', async () => {
    const page = await noScript.newPage()
    await page.goto(`${base}/mal-och-budget/2030`)
    await page.getByLabel('Din månadsinkomst före skatt (kronor)').fill('30000')
    await page.getByRole('button', { name: 'Räkna' }).click()
    await page.waitForURL(/manadsinkomst=30000/)
    await expect(page.getByText(/betalar du ungefär 6\s750 kr i månaden/).count()).resolves.toBe(1)
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true)
  })

  it('fits the chart and the table in the column on a desktop, labels at the text size', async () => {
    const page = await editor.newPage()
    await page.setViewportSize({ height: 900, width: 1280 })
    await page.goto(`${base}/mal-och-budget/2030`)
    const fits = await page.evaluate(() => {
      const region = document.querySelector('.table-scroll') as HTMLElement
      const label = document.querySelector('.budget-chart__label') as HTMLElement
      const body = document.querySelector('.budget p') as HTMLElement
      return {
        labelPx: parseFloat(getComputedStyle(label).fontSize),
        pageScrolls: document.documentElement.scrollWidth > window.innerWidth + 1,
        tableScrolls: region.scrollWidth > region.clientWidth + 1,
        textPx: parseFloat(getComputedStyle(body).fontSize),
      }
    })
    expect(fits.pageScrolls).toBe(false)
    expect(fits.tableScrolls).toBe(false)
    expect(fits.labelPx).toBeLessThanOrEqual(fits.textPx)
    await screenshot(page, 'budget-3-page-1280px')
  })
})
