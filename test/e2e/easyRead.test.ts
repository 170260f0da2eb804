import type { BrowserContext } from 'playwright-core'

import { axeViolations, openBrowser, screenshot } from '../helpers/browser'
import {
  adminAuthorization,
  publishReviewed,
  staffApi,
  startSeededServer,
} from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

const PLAN_TEXT = [
  'Hedemora kommun vill att det ska vara bra att bo här.',
  'Vi vill att fler barn klarar skolan. Vi vill att fler har ett jobb.',
].join('\n\n')
const GOAL_TEXT = 'Fler barn ska klara skolan. Skolan ska hjälpa barn som behöver stöd.'
const HARD_TEXT =
  'Kommunfullmäktige har fastställt verksamhetsplanens övergripande inriktningsmål för mandatperioden avseende förbättrade kunskapsresultat i grundskoleverksamheten samt förstärkt arbetsmarknadsanknytning.'

/**
 * Lättläst: the plan and a goal in easy Swedish, written by staff, published through review, and
 * read by a resident on a 320 px screen; the quality check measures the text against the limits.
 */
describe('the easy-to-read page, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let auth: string
  let resident: BrowserContext
  const api = staffApi(
    () => base,
    () => auth,
  )

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_easy_read', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    auth = await adminAuthorization(base)
    resident = await openBrowser({ viewport: { height: 800, width: 320 } })
  }, 240_000)

  afterAll(async () => {
    await resident?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('has no easy-to-read page, and no link to one, before a text is published', async () => {
    expect((await fetch(`${base}/mal-och-budget/2021/lattlast`)).status).toBe(404)
    const plan = (await api<{ docs: { id: number }[] }>('GET', '/api/budget-plans?depth=0')).docs[0]
    // A draft of the text is no page either.
    await api('PATCH', `/api/budget-plans/${plan.id}?draft=true`, { easyRead: PLAN_TEXT })
    expect((await fetch(`${base}/mal-och-budget/2021/lattlast`)).status).toBe(404)
    const page = await (await fetch(`${base}/mal-och-budget/2021`)).text()
    expect(page).not.toContain('lattlast')
  })

  it('warns in the quality check when the text is not easy to read', async () => {
    const goal = (
      await api<{ docs: { id: number }[] }>('GET', '/api/goals?depth=0&sort=order&limit=1')
    ).docs[0]
    await api('PATCH', `/api/goals/${goal.id}?draft=true`, { easyRead: HARD_TEXT })
    const report = await api<{
      lix: { field: string; lix: number }[]
      warnings: { field: string; message: string }[]
    }>('GET', `/api/goals/${goal.id}/quality`)
    const messages = report.warnings.filter((w) => w.field === 'easyRead').map((w) => w.message)
    expect(messages).toEqual([
      expect.stringMatching(/^LIX \d+ är för högt för lättläst \(högst 30\)/),
      'Meningen har 16 ord, för många för lättläst (högst 15): dela upp den.',
    ])
    await api('PATCH', `/api/goals/${goal.id}?draft=true`, { easyRead: GOAL_TEXT })
    const fixed = await api<{ warnings: { field: string }[] }>(
      'GET',
      `/api/goals/${goal.id}/quality`,
    )
    expect(fixed.warnings.filter((w) => w.field === 'easyRead')).toEqual([])
  })

  it('publishes the plan and goal texts as a page a resident reads at 320 px, with no axe violations', async () => {
    const plan = (await api<{ docs: { id: number }[] }>('GET', '/api/budget-plans?depth=0')).docs[0]
    const goal = (
      await api<{ docs: { id: number; title: string }[] }>(
        'GET',
        '/api/goals?depth=0&sort=order&limit=1',
      )
    ).docs[0]
    expect((await publishReviewed(base, 'goals', goal.id)).status).toBe(200)
    expect((await publishReviewed(base, 'budget-plans', plan.id)).status).toBe(200)

    const page = await resident.newPage()
    await page.goto(`${base}/mal-och-budget/2021`)
    await page.getByRole('link', { name: 'Lättläst' }).click()
    await page.waitForURL(/\/mal-och-budget\/2021\/lattlast$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('Lättläst: Mål för kommunen 2021')
    const main = page.locator('main')
    await expect(
      main.getByText('Hedemora kommun vill att det ska vara bra att bo här.').count(),
    ).resolves.toBe(1)
    const section = main.locator(`section[aria-labelledby="mal-${goal.id}"]`)
    await expect(section.locator('h3').textContent()).resolves.toBe(goal.title)
    await expect(section.getByText(GOAL_TEXT).count()).resolves.toBe(1)
    await expect(section.getByText(/^Så går det: /).count()).resolves.toBe(1)
    // Every goal of the plan is there, each with how it is going.
    const goals = await api<{ totalDocs: number }>('GET', '/api/goals?depth=0&limit=0')
    await expect(main.locator('h3').count()).resolves.toBe(goals.totalDocs)
    // Nothing wider than the screen, and no axe violations.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'easy-read-320px')

    const english = await resident.newPage()
    const answer = await english.goto(`${base}/en/mal-och-budget/2021/lattlast`)
    expect(answer?.status()).toBe(200)
    await expect(english.locator('h1').textContent()).resolves.toMatch(/^Easy to read: /)
    expect(await axeViolations(english)).toEqual([])
  })
})
