import type { BrowserContext, Page } from 'playwright-core'

import { axeViolations, eventually, logIn, openBrowser, screenshot } from '../helpers/browser'
import { adminAuthorization, staffApi, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

const PASSWORD = 'e2e-granskning-lösenord-1'

describe('four-eyes publishing in the admin, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let auth: string
  let planId: number
  let imageId: number
  let editorContext: BrowserContext
  let reviewerContext: BrowserContext
  let editor: Page
  let reviewer: Page

  const api = staffApi(
    () => base,
    () => auth,
  )

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_workflow', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    auth = await adminAuthorization(base)
    for (const [email, role, name] of [
      ['redaktor@hedemora.se', 'editor', 'Rut Redaktör'],
      ['granskare@hedemora.se', 'reviewer', 'Greta Granskare'],
    ])
      await api('POST', '/api/users', { email, name, password: PASSWORD, roles: [role] })
    // Review before publishing is on by default: no setting is touched.
    const plan = (
      await api<{ docs: { heroImage: number; id: number }[] }>('GET', '/api/budget-plans?depth=0')
    ).docs[0]
    planId = plan.id
    imageId = plan.heroImage
    // The page image's alt text has become a file name (published while review was off for a
    // moment): the gate will stop the publish.
    await api('POST', '/api/globals/site-settings', { reviewWorkflow: false })
    await api('PATCH', `/api/media/${imageId}`, { _status: 'published', alt: 'IMG_2034.jpg' })
    await api('POST', '/api/globals/site-settings', { reviewWorkflow: true })
    editorContext = await openBrowser()
    reviewerContext = await openBrowser()
    editor = await editorContext.newPage()
    reviewer = await reviewerContext.newPage()
    await logIn(editor, base, 'redaktor@hedemora.se', PASSWORD)
    await logIn(reviewer, base, 'granskare@hedemora.se', PASSWORD)
  }, 240_000)

  afterAll(async () => {
    await editorContext?.close()
    await reviewerContext?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('goes from an editor’s draft through review, a return, a fix the gate asked for, to a published page', async () => {
    const planUrl = `${base}/admin/collections/budget-plans/${planId}`
    await editor.goto(planUrl)
    await editor.getByRole('heading', { name: 'Granskning: Godkänd/Publicerad' }).waitFor()
    // Neither "Publicera ändringar" nor "Schemalägg publicering" is offered to an editor.
    expect(await editor.getByRole('button', { name: /Publicera/ }).count()).toBe(0)
    await editor.locator('#field-subtitle').fill('Mål och budget – granskad kortversion')
    await eventually(
      async () =>
        (
          await api<{ subtitle?: string }>('GET', `/api/budget-plans/${planId}?draft=true&depth=0`)
        ).subtitle?.includes('granskad') === true,
    )
    await editor.getByLabel('Meddelande till granskaren').fill('Ny underrubrik, klar att granska.')
    await editor.getByRole('button', { name: 'Skicka för granskning' }).click()
    // The page shows the document as it now is: the panel's heading follows the step.
    await editor.getByRole('status').filter({ hasText: 'Skickat för granskning.' }).waitFor()
    await editor.getByRole('heading', { name: 'Granskning: För granskning' }).waitFor()

    // The reviewer finds it in "Att granska", opens it from there.
    await reviewer.goto(`${base}/admin`)
    expect(await reviewer.locator('#nav-review-queue').textContent()).toBe('Att granska (1)')
    await reviewer.getByText('1 dokument väntar på granskning.').waitFor()
    await reviewer.locator('.banner').getByRole('link', { name: 'Att granska (1)' }).click()
    await reviewer.getByRole('heading', { name: 'För granskning (1)' }).waitFor()
    const queued = reviewer.getByRole('table', { name: /väntar på granskning/ })
    // The sender is named as colleagues know them, not by an address.
    expect(await queued.getByRole('cell', { name: 'Rut Redaktör' }).count()).toBe(1)
    expect(
      await queued.getByRole('cell', { name: 'Ny underrubrik, klar att granska.' }).count(),
    ).toBe(1)
    expect(await axeViolations(reviewer, '.review-queue')).toEqual([])
    await screenshot(reviewer, 'workflow-0-review-queue')
    await queued.getByRole('link', { exact: true, name: 'Mål för kommunen 2021' }).click()
    await reviewer.getByRole('heading', { name: 'Granskning: För granskning' }).waitFor()
    await reviewer.getByRole('button', { name: 'Godkänn' }).click()
    await reviewer
      .getByText(/Alternativtexten "IMG_2034.jpg" ser ut som ett filnamn/)
      .first()
      .waitFor()
    await reviewer
      .getByLabel('Kommentar till redaktören')
      .fill('Bilden har ett filnamn som alternativtext – beskriv bilden.')
    await reviewer.getByRole('button', { name: 'Skicka tillbaka' }).click()
    // The page shows the document as it now is: the panel's heading follows the step.
    await reviewer
      .getByRole('status')
      .filter({ hasText: 'Skickat tillbaka till redaktören.' })
      .waitFor()
    await reviewer.getByRole('heading', { name: 'Granskning: Återskickad' }).waitFor()

    await editor.goto(`${base}/admin/collections/media/${imageId}`)
    await editor
      .locator('#field-alt')
      .fill('Postlådor i rad vid en väg, skyltar mot Hedemora, Husby och Kloster.')
    // A draft: the fixed text goes public with the plan it is shown on, when that is approved.
    await editor.locator('#action-save-draft').click()
    // A read during the save may find the new version before its localised alt text is written
    // (db-sqlite writes without transactions, see the README's Reliability): read again.
    await eventually(
      async () =>
        (await api<{ alt?: string }>('GET', `/api/media/${imageId}?draft=true`)).alt?.startsWith(
          'Postlådor',
        ) === true,
    )
    expect((await api<{ alt: string }>('GET', `/api/media/${imageId}`)).alt).toBe('IMG_2034.jpg')
    await editor.goto(planUrl)
    await editor.getByRole('heading', { name: 'Granskning: Återskickad' }).waitFor()
    // The editor sees why, in the panel itself.
    await editor
      .locator('.workflow-panel__latest')
      .filter({ hasText: 'Granskarens kommentar: Bilden har ett filnamn som alternativtext' })
      .waitFor()
    await editor.getByRole('button', { name: 'Skicka för granskning' }).click()
    // The page shows the document as it now is: the panel's heading follows the step.
    await editor.getByRole('status').filter({ hasText: 'Skickat för granskning.' }).waitFor()
    await editor.getByRole('heading', { name: 'Granskning: För granskning' }).waitFor()

    await reviewer.goto(planUrl)
    await reviewer.getByRole('heading', { name: 'Granskning: För granskning' }).waitFor()
    expect(await axeViolations(reviewer, 'section.workflow-panel')).toEqual([])
    await screenshot(reviewer, 'workflow-1-review-panel')
    await reviewer.getByRole('button', { name: 'Godkänn' }).click()
    // The page shows the document as it now is: the panel's heading follows the step.
    await reviewer.getByRole('status').filter({ hasText: 'Godkänt.' }).waitFor()
    await reviewer.getByRole('heading', { name: 'Granskning: Godkänd/Publicerad' }).waitFor()

    await eventually(
      async () =>
        (
          (await (await fetch(`${base}/api/public/plans/2021`)).json()) as { subtitle?: string }
        ).subtitle?.includes('granskad') === true,
    )
    expect(
      ((await (await fetch(`${base}/api/media/${imageId}`)).json()) as { alt: string }).alt,
    ).toMatch(/^Postlådor/)
    const log = (
      await api<{ reviewLog: { to: string }[] }>('GET', `/api/budget-plans/${planId}?depth=0`)
    ).reviewLog
    expect(log.map((e) => e.to)).toEqual(['in_review', 'returned', 'in_review', 'approved'])
  }, 180_000)
})
