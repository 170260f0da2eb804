import path from 'node:path'
import type { BrowserContext } from 'playwright-core'

import { ARTIFACTS, axeViolations, logIn, openBrowser, screenshot } from '../helpers/browser'
import { type KoladaStub, startKoladaStub } from '../helpers/koladaStub'
import { adminAuthorization, startSeededServer, TEST_ADMIN } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
const Y = (back: number) => new Date().getUTCFullYear() - back

describe('indicator charts, in Chromium', () => {
  let kolada: KoladaStub
  let seeded: Seeded
  let editor: BrowserContext
  let resident: BrowserContext
  let schoolGoalId: number

  beforeAll(async () => {
    kolada = await startKoladaStub({
      N15419: {
        genderDivided: true,
        title: 'Stubbindikator skola',
        values: {
          '0000': { [Y(5)]: { T: 70.5 }, [Y(3)]: { T: 72.1 }, [Y(1)]: { T: 73.4 } },
          '2083': {
            [Y(5)]: { K: 66, M: 58.2, T: 62 },
            [Y(4)]: { K: 67.5, M: 60, T: 63.8 },
            [Y(3)]: { K: 70.1, M: 61.9, T: 66 },
            [Y(1)]: { K: 72, M: 64, status: 'Prel', T: 68.1 },
          },
          G7: { [Y(5)]: { T: 65 }, [Y(3)]: { T: 67 }, [Y(1)]: { T: 69.9 } },
        },
      },
    })
    seeded = await startSeededServer('e2e_indicators', {
      JOBS_AUTORUN: 'false',
      KOLADA_BASE_URL: kolada.url,
      KOLADA_RETRY_DELAY_MS: '1',
    })
    const base = seeded.server.url
    const auth = await adminAuthorization(base)
    const settings = await fetch(`${base}/api/globals/site-settings`, {
      body: JSON.stringify({
        kolada: { groupId: 'G7', groupTitle: 'Liknande kommuner', municipalityId: '2083' },
      }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(settings.status).toBe(200)
    const goals = (await (
      await fetch(`${base}/api/goals?limit=50&depth=0`, { headers: { authorization: auth } })
    ).json()) as { docs: { id: number; indicators: { kpiId?: string }[] }[] }
    schoolGoalId = goals.docs.find((g) => g.indicators[0]?.kpiId === 'N15419')?.id ?? -1
    editor = await openBrowser()
    resident = await openBrowser({ viewport: { height: 800, width: 320 } })
  }, 240_000)

  afterAll(async () => {
    await editor?.close()
    await resident?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
    await kolada?.close()
  })

  it('lets an editor fetch the figures with "Hämta från Kolada nu" on the goal', async () => {
    const page = await editor.newPage()
    await logIn(page, seeded.server.url, TEST_ADMIN.email, TEST_ADMIN.password)
    await page.goto(`${seeded.server.url}/admin/collections/goals/${schoolGoalId}`)
    await page.getByRole('button', { name: 'Hämta från Kolada nu' }).click()
    await page.getByText(/Klart: \d+ ändrade värden/).waitFor({ timeout: 30_000 })
    await screenshot(page, 'indicators-1-admin-import')
  })

  it('shows the chart and its table on the page at 320 px, readable, with no axe violations and no sideways scroll', async () => {
    const page = await resident.newPage()
    // The import's stamp reaches the page within 2 s.
    let chart = page.locator('svg.indicator-chart')
    for (let i = 0; i < 20; i++) {
      await page.goto(`${seeded.server.url}/mal-och-budget/2021`)
      chart = page.locator('svg.indicator-chart')
      if ((await chart.count()) > 0) break
      await page.waitForTimeout(200)
    }
    await expect(chart.first().getAttribute('role')).resolves.toBe('img')
    await expect(chart.first().locator('title').textContent()).resolves.toContain(
      'Elever i åk 9 som uppnått kunskapskraven i alla ämnen',
    )
    await expect(chart.first().locator('desc').textContent()).resolves.toContain(
      `Hedemora 68,1 % (${Y(1)}), Riket 73,4 % (${Y(1)}), Liknande kommuner 69,9 % (${Y(1)})`,
    )
    // Three lines, each with markers of its own shape; labels at their ends.
    await expect(chart.first().locator('polyline').count()).resolves.toBe(3)
    await expect(chart.first().locator('circle').count()).resolves.toBe(4)
    await expect(chart.first().locator('rect').count()).resolves.toBe(3)
    const box = await chart.first().boundingBox()
    expect(box?.width).toBeGreaterThan(250)
    const table = page.locator('table.indicator-table').first()
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual([
      'År',
      'Hedemora',
      'Kvinnor',
      'Män',
      'Riket',
      'Liknande kommuner',
    ])
    await expect(table.locator('tbody tr').last().innerText()).resolves.toMatch(
      new RegExp(`${Y(1)} \\(prel\\.\\)\\s+68,1\\s+72\\s+64\\s+73,4\\s+69,9`),
    )
    await expect(page.locator('.indicator-source').first().innerText()).resolves.toMatch(
      /^Källa: Kolada \(N15419, Stubbindikator skola\), hämtad \d{4}-\d{2}-\d{2}\.$/,
    )
    await expect(page.locator('.indicator-explanation').first().innerText()).resolves.toBe(
      `Hedemora 68,1 – riket 73,4 (${Y(1)}). Sämre än riket, men bättre än ${Y(3)}. Uppgiften för ${Y(1)} är preliminär.`,
    )
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'indicators-2-page-320px')
    await page
      .locator('.indicator')
      .first()
      .screenshot({ path: path.join(ARTIFACTS, 'indicators-3-chart-320px.png') })
    await page.setViewportSize({ height: 900, width: 1280 })
    expect(await axeViolations(page)).toEqual([])
  })
})
