import type { BrowserContext } from 'playwright-core'

import { axeViolations, logIn, openBrowser, screenshot } from '../helpers/browser'
import { adminAuthorization, startSeededServer, TEST_ADMIN } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

describe('the quality panel in the admin, in Chromium', () => {
  let seeded: Seeded
  let editor: BrowserContext

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_quality', { JOBS_AUTORUN: 'false' })
    editor = await openBrowser()
  }, 240_000)

  afterAll(async () => {
    await editor?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it("shows a plan's LIX and what would stop a publish, with no axe violations in the panel", async () => {
    const base = seeded.server.url
    const auth = await adminAuthorization(base)
    const plans = (await (
      await fetch(`${base}/api/budget-plans?depth=0`, { headers: { authorization: auth } })
    ).json()) as {
      docs: { id: number }[]
    }
    const page = await editor.newPage()
    await logIn(page, base, TEST_ADMIN.email, TEST_ADMIN.password)
    await page.goto(`${base}/admin/collections/budget-plans/${plans.docs[0].id}`)
    const panel = page.locator('section[aria-labelledby="kvalitet-rubrik"]')
    await panel.getByText('Inget stoppar publicering.').waitFor()
    await expect(
      panel
        .getByText(/^Ingressen: LIX \d+ \((mycket lättläst|lättläst|medelsvår|svår|mycket svår)\)$/)
        .count(),
    ).resolves.toBe(1)
    expect(await axeViolations(page, 'section[aria-labelledby="kvalitet-rubrik"]')).toEqual([])
    await screenshot(page, 'quality-1-panel')
  })
})
