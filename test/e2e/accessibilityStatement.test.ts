import type { BrowserContext } from 'playwright-core'

import { axeViolations, openBrowser, screenshot } from '../helpers/browser'
import { adminAuthorization, staffApi, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Feedback = { email?: null | string; message: string; pagePath: string; topic: string }

const SHORTCOMINGS = [
  'Diagrammen över indikatorerna saknar ljudbeskrivning.',
  'Den fullständiga budgeten är en PDF som inte är helt tillgänglig.',
]

/**
 * The accessibility statement (DIGG's model) kept in the site settings, published on the site, and
 * a resident reporting a problem through it — with and without JavaScript — which staff see marked
 * as an accessibility problem.
 */
describe('the accessibility statement, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let auth: string
  let resident: BrowserContext
  const api = staffApi(
    () => base,
    () => auth,
  )
  const reports = async () =>
    (
      await api<{ docs: Feedback[] }>(
        'GET',
        '/api/feedback?depth=0&limit=100&where[topic][equals]=accessibility',
      )
    ).docs

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_accessibility', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    auth = await adminAuthorization(base)
    resident = await openBrowser({ viewport: { height: 800, width: 320 } })
  }, 240_000)

  afterAll(async () => {
    await resident?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('has no statement page until the settings say how accessible the site is', async () => {
    expect((await fetch(`${base}/mal-och-budget/tillganglighet`)).status).toBe(404)
    await api('POST', '/api/globals/site-settings', {
      accessibility: {
        assessedOn: '2026-10-01T00:00:00.000Z',
        assessmentMethod: 'self',
        compliance: 'partial',
        shortcomings: SHORTCOMINGS.join('\n\n'),
      },
    })
    expect((await fetch(`${base}/mal-och-budget/tillganglighet`)).status).toBe(200)
  })

  it('shows the statement at 320 px with no axe violations, linked from every page’s footer', async () => {
    const page = await resident.newPage()
    await page.goto(`${base}/mal-och-budget/2021`)
    await page.locator('footer').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click()
    await page.waitForURL(/\/mal-och-budget\/tillganglighet$/)
    const main = page.locator('main')
    await expect(
      main.getByText('Webbplatsen är delvis förenlig med lagen om tillgänglighet').count(),
    ).resolves.toBe(1)
    await expect(main.locator('#brister ~ ul li').allTextContents()).resolves.toEqual(SHORTCOMINGS)
    await expect(
      main.getByText('Den senaste bedömningen gjordes den 1 oktober 2026.').count(),
    ).resolves.toBe(1)
    await expect(main.getByRole('link', { name: 'Anmäl till Digg' }).count()).resolves.toBe(1)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'accessibility-statement-320px')

    // A report through the form reaches staff marked as an accessibility problem.
    await page.locator('#feedback-message').fill('Jag kan inte läsa diagrammen med skärmläsare.')
    await page.getByRole('button', { name: /skicka/i }).click()
    await page.locator('.thanks').waitFor()
    const stored = await reports()
    expect(stored.map((f) => [f.topic, f.message, f.pagePath])).toEqual([
      ['accessibility', 'Jag kan inte läsa diagrammen med skärmläsare.', '/mal-och-budget/2021'],
    ])

    const english = await resident.newPage()
    expect((await english.goto(`${base}/en/mal-och-budget/tillganglighet`))?.status()).toBe(200)
    await expect(english.locator('h1').textContent()).resolves.toBe(
      'Accessibility of the goals and budget website',
    )
    expect(await axeViolations(english)).toEqual([])
  })

  it('takes a report without JavaScript and leads back to the statement with the receipt', async () => {
    const body = new URLSearchParams({
      locale: 'sv',
      message: 'Länkarna syns dåligt.',
      page: '/mal-och-budget/2021',
      topic: 'accessibility',
    })
    const res = await fetch(`${base}/api/public/feedback`, {
      body,
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    const location = res.headers.get('location') ?? ''
    expect(location).toMatch(/^\/mal-och-budget\/tillganglighet\?kvitto=[\w-]+#synpunkter$/)
    const answer = await (await fetch(`${base}${location}`)).text()
    expect(answer).toContain(new URL(location, base).searchParams.get('kvitto') as string)
    expect((await reports()).map((f) => f.message)).toContain('Länkarna syns dåligt.')
    // A topic the form never sends is refused in words, and nothing is stored.
    const wrong = await fetch(`${base}/api/public/feedback`, {
      body: JSON.stringify({ message: 'x', page: '/mal-och-budget/2021', topic: 'other' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('Okänt ämne')
    // Residents never read the reports.
    expect((await fetch(`${base}/api/feedback?where[topic][equals]=accessibility`)).status).toBe(
      403,
    )
  })
})
