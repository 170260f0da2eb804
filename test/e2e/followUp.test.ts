import type { BrowserContext, Page } from 'playwright-core'

import {
  axeViolations,
  chooseOption,
  eventually,
  logIn,
  openBrowser,
  screenshot,
} from '../helpers/browser'
import { adminAuthorization, staffApi, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Assessment = {
  analysis?: null | string
  assessment?: null | string
  goal: number
  id: number
  suggested: string
}

const PASSWORD = 'e2e-uppfoljning-lösenord-1'
const OUTCOMES = [
  {
    budget: 412_500,
    committee: 'Barn- och utbildningsnämnden',
    kind: 'drift',
    outcome: 418_900,
  },
  {
    budget: 355_000,
    committee: 'Omsorgsnämnden',
    kind: 'drift',
    outcome: 349_800,
    comment: 'Lägre kostnader för hemtjänst än budgeterat.',
  },
  { budget: 125_400, committee: 'Kommunstyrelsen', kind: 'drift', outcome: 126_000 },
  {
    budget: 48_000,
    committee: 'Samhällsbyggnadsnämnden',
    kind: 'investering',
    outcome: 39_500,
  },
]
const ANALYSIS = 'Fler elever nådde målen i år, men skillnaden mellan skolorna är fortfarande stor.'

describe('"Så gick det": a report assessed in the admin, approved, and read by residents, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let auth: string
  let reportId: number
  let contexts: BrowserContext[] = []
  let editor: Page
  let reviewer: Page

  const api = staffApi(
    () => base,
    () => auth,
  )
  const assessments = async () =>
    (
      await api<{ docs: Assessment[] }>(
        'GET',
        `/api/goal-assessments?depth=0&limit=100&draft=true&sort=createdAt&where[report][equals]=${reportId}`,
      )
    ).docs

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_follow_up', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    auth = await adminAuthorization(base)
    for (const [email, role, name] of [
      ['ansvarig@hedemora.se', 'editor', 'Anna Ansvarig'],
      ['granskare@hedemora.se', 'reviewer', 'Greta Granskare'],
    ])
      await api('POST', '/api/users', { email, name, password: PASSWORD, roles: [role] })
    const plan = (await api<{ docs: { id: number }[] }>('GET', '/api/budget-plans?depth=0')).docs[0]
    const created = await api<{ doc: { id: number } }>(
      'POST',
      '/api/follow-up-reports?draft=true',
      {
        deadline: '2022-02-15',
        kind: 'arsredovisning',
        periodEnd: '2021-12-31',
        plan: plan.id,
      },
    )
    reportId = created.doc.id
    // The finance office's figures, with long committee names: the chart and its table.
    await api('PATCH', `/api/follow-up-reports/${reportId}?draft=true`, {
      budgetedResult: 12_000,
      outcomes: OUTCOMES,
      result: 9_400,
      summary: 'Året gick i stort som planerat. De flesta mål nåddes helt eller delvis.',
    })
    contexts = [await openBrowser(), await openBrowser()]
    editor = await contexts[0].newPage()
    reviewer = await contexts[1].newPage()
    await logIn(editor, base, 'ansvarig@hedemora.se', PASSWORD)
    await logIn(reviewer, base, 'granskare@hedemora.se', PASSWORD)
  }, 240_000)

  afterAll(async () => {
    for (const context of contexts) await context.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('lets a responsible assess a goal in the admin and a reviewer approve the report', async () => {
    const [first, ...rest] = await assessments()
    expect(first.assessment ?? null).toBeNull()
    await editor.goto(`${base}/admin/collections/goal-assessments/${first.id}`)
    // The figures' suggestion, in the annual report's words.
    const suggestion = {
      met: 'Uppnått',
      not_met: 'Ej uppnått',
      partly: 'Delvis uppnått',
      unknown: 'Kan inte bedömas',
    }[first.suggested as 'met']
    await chooseOption(editor, '#field-assessment', new RegExp(`^${suggestion} /`))
    await editor.locator('#field-analysis').fill(ANALYSIS)
    await editor.locator('#action-save-draft').click()
    await eventually(async () => (await assessments())[0].analysis === ANALYSIS)
    expect((await assessments())[0].assessment).toBe(first.suggested)

    // The report cannot go for approval with goals left: the others are assessed as suggested.
    for (const a of rest)
      await api('PATCH', `/api/goal-assessments/${a.id}?draft=true`, { assessment: a.suggested })

    // The finance office's file, through the report's import: previewed, then stored in the draft.
    const reportUrl = `${base}/admin/collections/follow-up-reports/${reportId}`
    await editor.goto(reportUrl)
    const chooseFile = (text: string) =>
      editor.getByLabel('Fil (.xlsx eller .csv)').setInputFiles({
        buffer: Buffer.from(text),
        mimeType: 'text/csv',
        name: 'utfall.csv',
      })
    const before = await api<{ outcomes: unknown[] }>(
      'GET',
      `/api/follow-up-reports/${reportId}?draft=true&depth=0`,
    )
    await chooseFile(
      'nämnd;typ;utfall_tkr;prognos_tkr;kommentar\r\nOmsorgsnämnden;drift;351 200;;Lägre kostnader för hemtjänst.\r\nKommunstyrelsen;drift;tolv;;\r\n',
    )
    await editor.getByRole('button', { name: 'Förhandsgranska' }).click()
    await editor.getByText('Rad 3: ').first().waitFor()
    await editor.getByText('1 rader kunde inte läsas. Inget har sparats.').waitFor()
    await chooseFile(
      'nämnd;typ;utfall_tkr;prognos_tkr;kommentar\r\nOmsorgsnämnden;drift;351 200;;Lägre kostnader för hemtjänst.\r\nKommunstyrelsen;drift;126 000;;\r\n',
    )
    await editor.getByRole('button', { name: 'Förhandsgranska' }).click()
    await editor.getByRole('cell', { name: '351 200 tkr' }).waitFor()
    expect(
      (
        await api<{ outcomes: unknown[] }>(
          'GET',
          `/api/follow-up-reports/${reportId}?draft=true&depth=0`,
        )
      ).outcomes,
    ).toEqual(before.outcomes)
    await editor.getByRole('button', { name: 'Importera 2 rader' }).click()
    await editor.waitForURL(/utfall=2/)
    await editor.getByText('2 utfall sparade i utkastet.', { exact: false }).waitFor()
    const imported = await api<{ outcomes: { committee: string; outcome: number }[] }>(
      'GET',
      `/api/follow-up-reports/${reportId}?draft=true&depth=0`,
    )
    expect(imported.outcomes.map((o) => [o.committee, o.outcome])).toEqual([
      ['Omsorgsnämnden', 351_200],
      ['Kommunstyrelsen', 126_000],
    ])
    // The figures the page is checked with below (with budgets: Hedemora's seed has no lines).
    await api('PATCH', `/api/follow-up-reports/${reportId}?draft=true`, { outcomes: OUTCOMES })
    await editor.goto(reportUrl)
    await editor.getByLabel('Meddelande till granskaren').fill('Årsredovisningens mål är bedömda.')
    await editor.getByRole('button', { name: 'Skicka för granskning' }).click()
    await editor.getByRole('status').filter({ hasText: 'Skickat för granskning.' }).waitFor()

    await reviewer.goto(reportUrl)
    await reviewer.getByRole('heading', { name: 'Granskning: För granskning' }).waitFor()
    await reviewer.getByRole('button', { name: 'Godkänn' }).click()
    await reviewer.getByRole('status').filter({ hasText: 'Godkänt.' }).waitFor()
    await eventually(
      async () => (await fetch(`${base}/api/public/plans/2021/follow-up`)).status === 200,
    )
    const published = (await (await fetch(`${base}/api/public/plans/2021/follow-up`)).json()) as {
      focusAreas: { goals: { analysis: null | string }[] }[]
    }
    expect(published.focusAreas.flatMap((a) => a.goals.map((g) => g.analysis))).toContain(ANALYSIS)
  }, 180_000)

  it.each([320, 1280])(
    'shows the report at %i px without sideways scrolling, axe clean',
    async (width) => {
      const page = await contexts[1].newPage()
      await page.setViewportSize({ height: 900, width })
      await page.goto(`${base}/mal-och-budget/2021/uppfoljning`)
      await page.getByRole('heading', { level: 1, name: 'Så gick det 2021' }).waitFor()
      const text = await page.locator('main').innerText()
      expect(text).toContain(ANALYSIS)
      expect(text).toMatch(/\d+ av \d+ mål uppnådda/)
      expect(text).toContain('Resultatet blev 9 400 tkr mot budgeterade 12 000 tkr.')
      await expect(
        page.getByRole('table', { name: 'Budget, utfall och avvikelse per nämnd (tkr)' }).count(),
      ).resolves.toBe(1)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      ).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `follow-up-${width}px`)
      // The plan's page links to it, and shows the goal's assessment under the goal.
      await page.goto(`${base}/mal-och-budget/2021`)
      await page.getByRole('link', { name: 'Så gick det: Årsredovisning 2021' }).click()
      await page.waitForURL(/\/mal-och-budget\/2021\/uppfoljning$/)
      await page.goto(`${base}/mal-och-budget/2021`)
      await page.locator('.goal-history').first().waitFor()
      expect(await page.locator('.goal-history').first().innerText()).toMatch(
        /Bedömningar i uppföljningen\s+Årsredovisning 2021: /,
      )
      await page.close()
    },
  )

  it('prints as a clean A4 document: no navigation, no form, no table cut off', async () => {
    const page = await contexts[1].newPage()
    // A4 at 96 dpi less the 15 mm margins: the width the print stylesheet lays out for.
    await page.setViewportSize({ height: 1123, width: 681 })
    await page.goto(`${base}/mal-och-budget/2021/uppfoljning`)
    await page.emulateMedia({ media: 'print' })
    const printed = await page.evaluate(() => ({
      cutTables: [...document.querySelectorAll('table')]
        .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((t) => t.caption?.textContent ?? '?'),
      scrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      visibleNavigation: [...document.querySelectorAll('nav, .skip-link, .language-switch')].filter(
        (el) => (el as HTMLElement).offsetParent !== null,
      ).length,
    }))
    expect(printed).toEqual({ cutTables: [], scrolls: false, visibleNavigation: 0 })
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })
})
