import type { BrowserContext, Page } from 'playwright-core'

import { eventually, openBrowser, screenshot } from '../helpers/browser'
import { seedDatabase } from '../helpers/seedDatabase'
import { type RunningServer, startServer } from '../helpers/server'
import { freshDatabaseUrl } from '../helpers/testPayload'

const FIRST = { email: 'forsta@hedemora.se', password: 'första-kontot-lösenord-1' }

// A newcomer on a fresh install, in an English-speaking browser, at the address the server prints.
describe('the admin as a newcomer finds it, in Chromium', () => {
  let database: ReturnType<typeof freshDatabaseUrl>
  let server: RunningServer
  let browser: BrowserContext
  let page: Page
  let printed: string

  beforeAll(async () => {
    database = freshDatabaseUrl('e2e_newcomer')
    const env = {
      DATABASE_URL: database.url,
      JOBS_AUTORUN: 'false',
      SEED_ADMIN_EMAIL: '',
      UPLOAD_DIR: database.uploadDir,
    }
    await seedDatabase(env)
    server = await startServer(env)
    // The address the start-up line tells a person to open.
    printed = / and (\S+)\/admin \(the admin\)/.exec(server.output())?.[1] ?? ''
    browser = await openBrowser({ locale: 'en-US' })
    page = await browser.newPage()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await database?.cleanup()
  })

  it('greets an English browser in Swedish and makes the first account an administrator without asking for a role', async () => {
    expect(printed).toBe(server.url)
    await page.goto(`${printed}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await page.getByText('För att komma igång, skapa din första användare.').waitFor()
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv')
    expect(await page.getByText('Roller', { exact: true }).count()).toBe(0)
    expect(await page.locator('#field-roles').count()).toBe(0)
    await screenshot(page, 'newcomer-1-first-user')
    await page.locator('#field-email').fill(FIRST.email)
    await page.locator('#field-password').fill(FIRST.password)
    await page.locator('#field-confirm-password').fill(FIRST.password)
    await page.getByRole('button', { name: 'Skapa' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
    const me = await page.evaluate(
      async () => (await (await fetch('/api/users/me')).json()) as { user: { roles: string[] } },
    )
    expect(me.user.roles).toEqual(['admin'])
  })

  it('saves at the printed address, names times as 2026-11-29 18:18 and history rows by step', async () => {
    const goals = (await page.evaluate(
      async () =>
        (await (await fetch('/api/goals?depth=0&limit=1')).json()) as { docs: { id: number }[] },
    )) as { docs: { id: number }[] }
    const goalId = goals.docs[0].id
    await page.goto(`${printed}/admin/collections/goals/${goalId}`)
    await page.locator('#field-title').fill('Bättre skolresultat för alla')
    // Saved as a draft as one types (autosave); at this address the session is accepted. Each
    // poll's answer is kept: a read may land mid-save, but none may fail on the server.
    const answers: number[] = []
    await eventually(async () => {
      const { status, title } = await page.evaluate(async (id) => {
        const res = await fetch(`/api/goals/${id}?draft=true&depth=0`)
        const body = (await res.json().catch(() => ({}))) as { title?: string }
        return { status: res.status, title: body.title }
      }, goalId)
      answers.push(status)
      return status === 200 && (title ?? '').startsWith('Bättre skolresultat för alla')
    })
    expect(answers.filter((status) => status >= 500)).toEqual([])
    expect(await page.getByText('Du får inte utföra denna åtgärd').count()).toBe(0)
    await page.getByRole('button', { name: 'Skicka för granskning' }).click()
    await page.getByRole('status').filter({ hasText: 'Skickat för granskning.' }).waitFor()
    // The history row says when and what, not "Review Log 01".
    await page
      .getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} · .+ → För granskning$/)
      .first()
      .waitFor()
    const text = await page.locator('body').innerText()
    expect(text).not.toMatch(/Review Log \d+/)
    // An indicator row is named by its indicator, not "Indikator 01".
    expect(text).toContain('Elever i åk 9 som uppnått kunskapskraven i alla ämnen (N15419)')
    expect(text).not.toMatch(/Indikator 0\d/)
    expect(text).not.toMatch(/\d{1,2}:\d{2} ?(em|fm|AM|PM)\b/)
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    await screenshot(page, 'newcomer-2-history-row')
  })
})
