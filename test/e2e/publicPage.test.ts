import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { stockholmDay } from '../../src/lib/pageUpdatedText'
import { axeViolations, eventually, logIn, openBrowser, screenshot } from '../helpers/browser'
import { normalize, referenceLines } from '../helpers/reference'
import { adminAuthorization, startSeededServer, TEST_ADMIN } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
const today = () => stockholmDay(new Date())

describe("the public page and the editor's day, in Chromium", () => {
  let seeded: Seeded
  let base: string
  let resident: BrowserContext
  let editor: BrowserContext
  let editorPage: Page

  const pageText = async (page: Page) => normalize(await page.locator('body').innerText())
  const openPlan = async (context: BrowserContext, query = '') => {
    const page = await context.newPage()
    await page.goto(`${base}/mal-och-budget/2021${query}`)
    return page
  }

  beforeAll(async () => {
    seeded = await startSeededServer('e2e', { JOBS_INTERVAL_SECONDS: '5' })
    base = seeded.server.url
    // Payload's own publishing and scheduling, as on a site without review before publishing;
    // the review round has its own test (workflow.test.ts).
    const off = await fetch(`${base}/api/globals/site-settings`, {
      body: JSON.stringify({ reviewWorkflow: false }),
      headers: {
        authorization: await adminAuthorization(base),
        'content-type': 'application/json',
      },
      method: 'POST',
    })
    expect(off.status).toBe(200)
    resident = await openBrowser()
    editor = await openBrowser()
    editorPage = await editor.newPage()
    await logIn(editorPage, base, TEST_ADMIN.email, TEST_ADMIN.password)
  }, 180_000)

  afterAll(async () => {
    await resident?.close()
    await editor?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it("1. shows a resident every sentence of the reference page, the image's alt text, and no axe-core violations", async () => {
    const page = await openPlan(resident)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    const text = await pageText(page)
    const lines = referenceLines()
    const alt = lines[38]
    const missing = lines.filter((line) => line !== alt && !text.includes(line))
    expect(missing).toEqual([])
    expect(await page.locator('main figure img').getAttribute('alt')).toBe(alt)
    expect(await page.locator('h1').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ height: 800, width: 320 })
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true)
    await screenshot(page, '1-resident-page')
  })

  it("2. keeps an editor's draft off the public page, shows it in the preview, and publishes it", async () => {
    const list = await fetch(`${base}/api/initiatives?sort=order&limit=1&depth=0`)
    const initiative = ((await list.json()) as { docs: { id: number; title: string }[] }).docs[0]
    await editorPage.goto(`${base}/admin/collections/initiatives/${initiative.id}`)
    const title = editorPage.locator('#field-title')
    await title.fill('Bygga 300 nya bostäder')
    await eventually(
      async () =>
        (await editorPage.evaluate(
          async (url) =>
            (await (await fetch(url, { credentials: 'include' })).text()).includes(
              'Bygga 300 nya bostäder',
            ),
          `${base}/api/initiatives/${initiative.id}?draft=true&depth=0`,
        )) === true,
    )
    const publicPage = await openPlan(resident)
    expect(await pageText(publicPage)).toContain(initiative.title)
    expect(await pageText(publicPage)).not.toContain('Bygga 300 nya bostäder')

    const preview = await openPlan(editor, '?preview')
    expect(await pageText(preview)).toContain('Bygga 300 nya bostäder')
    expect(await pageText(preview)).toContain('Förhandsvisning av utkast')
    await screenshot(preview, '2a-live-preview-draft')
    const anonymousPreview = await openPlan(resident, '?preview')
    expect(await pageText(anonymousPreview)).not.toContain('Bygga 300 nya bostäder')

    await editorPage.getByRole('button', { name: 'Publicera ändringar' }).click()
    await eventually(async () =>
      (await (await fetch(`${base}/api/public/plans/2021`)).text()).includes(
        'Bygga 300 nya bostäder',
      ),
    )
    const published = await openPlan(resident)
    const text = await pageText(published)
    expect(text).toContain('Bygga 300 nya bostäder')
    expect(text).toContain(`Sida uppdaterad ${today()}`)
    await screenshot(published, '2b-published-change')
  }, 120_000)

  it('3. publishes a change that an editor scheduled in the admin when the job falls due', async () => {
    const list = await fetch(`${base}/api/initiatives?sort=order&limit=1&page=3&depth=0`)
    const initiative = ((await list.json()) as { docs: { id: number; title: string }[] }).docs[0]
    await editorPage.goto(`${base}/admin/collections/initiatives/${initiative.id}`)
    await editorPage.locator('#field-title').fill('Schemalagd ny rubrik')
    await eventually(
      async () =>
        (await editorPage.evaluate(
          async (url) =>
            (await (await fetch(url, { credentials: 'include' })).text()).includes(
              'Schemalagd ny rubrik',
            ),
          `${base}/api/initiatives/${initiative.id}?draft=true&depth=0`,
        )) === true,
    )

    await editorPage
      .locator('.doc-controls .popup-button--size-medium, .popup-button--size-medium')
      .first()
      .click()
    await editorPage.getByRole('button', { name: 'Schemalägg publicering' }).click()
    const drawer = editorPage.locator('.schedule-publish__scheduler')
    await drawer.locator('label[for$="-type-publish"]').click()
    // 75 s ahead, typed the way the schedule drawer's date field shows it (Swedish months, 12-hour
    // clock); the field keeps whole minutes, so the publish falls due in 15–75 s.
    const when = new Date(Date.now() + 75_000)
    const part = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        day: 'numeric',
        hour: 'numeric',
        hour12: true,
        minute: '2-digit',
        month: 'numeric',
        timeZone: 'Europe/Stockholm',
        year: 'numeric',
      })
        .formatToParts(when)
        .map((p) => [p.type, p.value]),
    )
    const months = [
      'jan.',
      'feb.',
      'mars',
      'apr.',
      'maj',
      'juni',
      'juli',
      'aug.',
      'sep.',
      'okt.',
      'nov.',
      'dec.',
    ]
    const input = drawer.locator('.react-datepicker__input-container input')
    await input.click()
    await editorPage.keyboard.press('Control+A')
    await input.pressSequentially(
      `${months[Number(part.month) - 1]} ${part.day}, ${part.year} ${part.hour}:${part.minute} ${part.dayPeriod.toLowerCase()}`,
      { delay: 20 },
    )
    await editorPage.locator('.schedule-publish__drawer-header h2').click()
    await editorPage.locator('#scheduled-publish-save').click()
    await editorPage
      .locator('.schedule-publish__upcoming')
      .getByText('Publicera', { exact: true })
      .waitFor({ timeout: 15_000 })
    await screenshot(editorPage, '3a-scheduled-in-admin')

    expect(await pageText(await openPlan(resident))).not.toContain('Schemalagd ny rubrik')
    await eventually(
      async () =>
        (await (await fetch(`${base}/api/public/plans/2021`)).text()).includes(
          'Schemalagd ny rubrik',
        ),
      200_000,
    )
    const published = await openPlan(resident)
    expect(await pageText(published)).toContain('Schemalagd ny rubrik')
    await screenshot(published, '3b-published-on-schedule')
  }, 300_000)

  it('5. shows the errors of an invalid form next to the fields and announces them', async () => {
    const page = await openPlan(resident)
    await page.fill('#feedback-email', 'inte-en-adress')
    await page.click('#synpunkter button[type=submit]')
    const summary = page.locator('.form-summary[role="alert"]')
    await summary.getByText('Formuläret innehåller fel').waitFor({ timeout: 15_000 })
    expect(await page.locator('#message-error').innerText()).toBe('Skriv din synpunkt')
    expect(await page.locator('#email-error').innerText()).toBe(
      'Ange en giltig e-postadress, t.ex. namn@exempel.se',
    )
    expect(await page.getAttribute('#feedback-email', 'aria-invalid')).toBe('true')
    expect(await page.getAttribute('#feedback-email', 'aria-describedby')).toBe('email-error')
    expect(await page.inputValue('#feedback-email')).toBe('inte-en-adress')
    await page.locator('#synpunkter').screenshot({
      path: path.join(
        path.resolve(import.meta.dirname ?? '.', '../../test-results/e2e'),
        '5-invalid-form.png',
      ),
    })
  })

  it('4. takes feedback with JavaScript off and on; the editor finds both and sets a status', async () => {
    const noScript = await openBrowser({ javaScriptEnabled: false })
    try {
      const page = await noScript.newPage()
      await page.goto(`${base}/mal-och-budget/2021`)
      await page.fill('#feedback-name', 'Utan Skript')
      await page.fill('#feedback-message', 'Synpunkt skickad utan JavaScript')
      await Promise.all([
        page.waitForLoadState('load'),
        page.click('#synpunkter button[type=submit]'),
      ])
      await page.getByText('Tack för din synpunkt!').waitFor({ timeout: 15_000 })
      await screenshot(page, '4a-feedback-without-javascript')
    } finally {
      await noScript.close()
    }

    const page = await openPlan(resident)
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    await page.fill('#feedback-email', 'med.skript@example.se')
    await page.fill('#feedback-message', 'Synpunkt skickad med JavaScript')
    await page.click('#synpunkter button[type=submit]')
    await page.getByText('Tack för din synpunkt!').waitFor({ timeout: 15_000 })
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true)
    expect(await page.locator('.thanks').innerText()).toContain(
      'Vi svarar på den e-postadress du angav',
    )
    // The page's own thanks sentence is said once, not again by the form.
    expect(
      (await pageText(page)).split('Tack för att du hjälper oss att skapa en bättre webbplats.'),
    ).toHaveLength(2)

    await editorPage.goto(`${base}/admin/collections/feedback`)
    await editorPage.getByText('Synpunkt skickad utan JavaScript').first().waitFor()
    await editorPage.getByText('Synpunkt skickad med JavaScript').first().waitFor()
    const found = (await editorPage.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `${base}/api/feedback?where[message][equals]=${encodeURIComponent('Synpunkt skickad med JavaScript')}&depth=0`,
    )) as { docs: { id: number }[] }
    const id = found.docs[0].id
    await editorPage.goto(`${base}/admin/collections/feedback/${id}`)
    await editorPage.locator('#field-status').click()
    await editorPage.getByRole('option', { name: 'Besvarad' }).click()
    await editorPage.getByRole('button', { name: 'Spara' }).click()
    await editorPage
      .getByText(/uppdaterades|sparad/i)
      .first()
      .waitFor({ timeout: 15_000 })
    const stored = await editorPage.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).json(),
      `${base}/api/feedback/${id}`,
    )
    expect((stored as { status: string }).status).toBe('answered')
    await screenshot(editorPage, '4b-editor-feedback-answered')
  }, 120_000)

  it('6. reads in English behind the language switch, in the organisation’s colours, with nothing meant to be hidden in view', async () => {
    const themed = await fetch(`${base}/api/globals/site-settings`, {
      body: JSON.stringify({
        accessibilityStatementUrl: 'https://www.hedemora.se/tillganglighet',
        appearance: { accentColor: '#8a3b00', fontStack: 'humanist', primaryColor: '#00543c' },
        dataProtectionUrl: 'https://www.hedemora.se/dataskydd',
      }),
      headers: {
        authorization: await adminAuthorization(base),
        'content-type': 'application/json',
      },
      method: 'POST',
    })
    expect(themed.status).toBe(200)
    const page = await openPlan(resident)
    // The spam trap and the data-protection heading are for machines and screen readers only.
    // (Present for them, so "visible" to Playwright: what counts is whether an eye can see it —
    // a box larger than a pixel, on the page.)
    const seen = async (selector: string) => {
      const box = await page.locator(selector).boundingBox()
      return Boolean(box && box.width > 1 && box.height > 1 && box.x + box.width > 0)
    }
    expect(await seen('label[for="feedback-website"]')).toBe(false)
    expect(await seen('#dataskydd')).toBe(false)
    expect(await seen('#synpunkter-rubrik')).toBe(true)
    const header = await page.evaluate(() => {
      const h = document.querySelector('.site-header') as HTMLElement
      return getComputedStyle(h).backgroundColor
    })
    expect(header).toBe('rgb(0, 84, 60)')
    await page.getByRole('link', { name: 'Read this page in English' }).click()
    await page.waitForURL(/\/en\/mal-och-budget\/2021$/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByRole('heading', { name: 'Focus areas and goals' }).waitFor()
    await page.getByText('Parts of this page have not been translated yet').waitFor()
    expect(await page.locator('h1').getAttribute('lang')).toBe('sv')
    expect(await page.getByRole('link', { name: 'Accessibility statement' }).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '6a-english-themed-1280px')
    await page.setViewportSize({ height: 800, width: 320 })
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true)
    await screenshot(page, '6b-english-themed-320px')
    await page.getByRole('link', { name: 'Läs sidan på svenska' }).click()
    await page.waitForURL(/\/mal-och-budget\/2021$/)
    expect(await page.getAttribute('html', 'lang')).toBe('sv')
    await screenshot(page, '6c-swedish-themed-320px')
  })
})
