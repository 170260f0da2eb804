import type { BrowserContext, Page } from 'playwright-core'

import {
  axeViolations,
  chooseOption,
  eventually,
  logIn,
  openBrowser,
  screenshot,
} from '../helpers/browser'
import { adminAuthorization, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Doc = {
  id: number
  indicators?: { kpiId?: string; target?: { value?: number } }[]
  status?: string
  title: string
}

const EDITOR = { email: 'redaktor@hedemora.se', password: 'e2e-redaktörens-lösenord-1' }

describe('next year in the admin and what changed on the page, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let auth: string
  let editor: BrowserContext
  let resident: BrowserContext
  let page: Page

  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${base}${path}`, { headers: { authorization: auth } })).json()) as T
  const waitForDraft = (path: string, check: (doc: Doc) => boolean) =>
    eventually(async () => check(await api<Doc>(`${path}?draft=true&depth=0`)))

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_editions', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    auth = await adminAuthorization(base)
    const made = await fetch(`${base}/api/users`, {
      body: JSON.stringify({ ...EDITOR, roles: ['editor'] }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(made.status).toBe(201)
    // This municipality lets its editors publish (review before publishing switched off by an
    // admin); the review round has its own test (workflow.test.ts).
    const off = await fetch(`${base}/api/globals/site-settings`, {
      body: JSON.stringify({ reviewWorkflow: false }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(off.status).toBe(200)
    editor = await openBrowser()
    resident = await openBrowser({ viewport: { height: 800, width: 320 } })
    page = await editor.newPage()
    await logIn(page, base, EDITOR.email, EDITOR.password)
  }, 240_000)

  afterAll(async () => {
    await editor?.close()
    await resident?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('lets an editor make 2022 from 2021, change a target, mark an initiative done and publish; the page says so', async () => {
    const plans = await api<{ docs: Doc[] }>('/api/budget-plans?depth=0')
    const plan2021 = plans.docs[0].id
    await page.goto(`${base}/admin/collections/budget-plans/${plan2021}`)
    await page.getByRole('button', { name: 'Skapa nästa års plan' }).click()
    await page.waitForURL((url) => {
      const id = /budget-plans\/(\d+)$/.exec(url.pathname)?.[1]
      return id !== undefined && Number(id) !== plan2021
    })
    const plan2022 = Number(/budget-plans\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1])
    // Last year's words came along: the editor is told where.
    await page
      .locator('section[aria-labelledby="kvalitet-rubrik"]')
      .getByText(/nämner 2021, men planen gäller 2022/)
      .first()
      .waitFor()
    await screenshot(page, 'editions-1-next-year-draft')

    const goals = await api<{ docs: Doc[] }>(
      `/api/goals?draft=true&depth=0&where[plan][equals]=${plan2022}`,
    )
    const school = goals.docs.find((g) => g.indicators?.[0]?.kpiId === 'N15419') as Doc
    await page.goto(`${base}/admin/collections/goals/${school.id}`)
    await page.locator('#field-indicators .collapsible__toggle').first().click()
    await page.locator('#field-indicators__0__target__value').fill('85')
    await waitForDraft(`/api/goals/${school.id}`, (d) => d.indicators?.[0]?.target?.value === 85)

    const initiatives = await api<{ docs: Doc[] }>(
      `/api/initiatives?draft=true&depth=0&sort=order&where[plan][equals]=${plan2022}`,
    )
    const initiative = initiatives.docs[0]
    await page.goto(`${base}/admin/collections/initiatives/${initiative.id}`)
    await chooseOption(page, '#field-status', /^Klar$/)
    await waitForDraft(`/api/initiatives/${initiative.id}`, (d) => d.status === 'done')

    await page.goto(`${base}/admin/collections/budget-plans/${plan2022}`)
    await page.getByRole('button', { name: 'Publicera ändringar' }).click()
    await eventually(async () => (await fetch(`${base}/api/public/plans/2022`)).status === 200)

    const published = await resident.newPage()
    await eventually(async () => {
      await published.goto(`${base}/mal-och-budget/2022`)
      return (await published.locator('#andrat-sedan-forra-aret').count()) > 0
    })
    const changes = published.locator('section.changes').first()
    await expect(changes.locator('h2').innerText()).resolves.toBe('Vad har ändrats sedan 2021')
    const items = await changes.locator('li').allInnerTexts()
    expect(items).toEqual(
      expect.arrayContaining([
        'Målvärdet för "Elever i åk 9 som uppnått kunskapskraven i alla ämnen" (målet "Bättre skolresultat för flickor och pojkar") ändrades från inget till 85 %.',
        `Insatsen "${initiative.title}" är klar.`,
      ]),
    )
    await expect(published.locator('nav[aria-label="Välj år"] a').allInnerTexts()).resolves.toEqual(
      ['2022', '2021'],
    )
    expect(
      await published.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true)
    expect(await axeViolations(published)).toEqual([])
    await screenshot(published, 'editions-2-what-changed-320px')
  }, 180_000)
})
