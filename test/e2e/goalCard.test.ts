import type { BrowserContext, Frame, Page } from 'playwright-core'

import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { openBrowser, screenshot } from '../helpers/browser'
import { adminAuthorization, staffApi, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

const axeSource = fs.readFileSync(
  path.resolve(import.meta.dirname ?? '.', '../../node_modules/axe-core/axe.min.js'),
  'utf8',
)

/** Another site: one page that frames what `?src=` names, on a loopback port of its own. */
const startEmbeddingSite = async (): Promise<{ close: () => Promise<void>; origin: string }> => {
  const server = http.createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? ''
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Lokaltidningen</title></head>' +
        `<body><main><h1>Nyheter</h1><iframe src="${src.replace(/"/g, '&quot;')}" title="Målkort" width="480" height="560"></iframe></main></body></html>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    origin: `http://127.0.0.1:${port}`,
  }
}

/** The WCAG 2.1 A/AA violations in a frame (axe is injected by the browser's tools, not by a script tag the card's CSP refuses). */
const axeInFrame = async (frame: Frame): Promise<string[]> => {
  await frame.evaluate(axeSource)
  const result = (await frame.evaluate(() =>
    (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ),
  )) as { violations: { help: string; id: string }[] }
  return result.violations.map((v) => `${v.id}: ${v.help}`)
}

/**
 * A goal card framed by another site, in Chromium: shown where the settings allow that site,
 * refused by the browser where they do not, and accessible inside the frame.
 */
describe('a goal card on another site, in Chromium', () => {
  let seeded: Seeded
  let base: string
  let auth: string
  let reader: BrowserContext
  let allowed: Awaited<ReturnType<typeof startEmbeddingSite>>
  let other: Awaited<ReturnType<typeof startEmbeddingSite>>
  let card: string
  let goalTitle: string
  const api = staffApi(
    () => base,
    () => auth,
  )
  const framed = async (site: string): Promise<{ frame: Frame | undefined; page: Page }> => {
    const page = await reader.newPage()
    await page.goto(`${site}/?src=${encodeURIComponent(card)}`)
    await page.waitForLoadState('load')
    return { frame: page.frames().find((f) => f !== page.mainFrame()), page }
  }

  beforeAll(async () => {
    seeded = await startSeededServer('e2e_goal_card', { JOBS_AUTORUN: 'false' })
    base = seeded.server.url
    auth = await adminAuthorization(base)
    allowed = await startEmbeddingSite()
    other = await startEmbeddingSite()
    await api('POST', '/api/globals/site-settings', { embedOrigins: allowed.origin })
    const goal = (
      await api<{ docs: { id: number; title: string }[] }>(
        'GET',
        '/api/goals?depth=0&sort=order&limit=1',
      )
    ).docs[0]
    card = `${base}/mal-och-budget/2021/mal/${goal.id}/kort`
    goalTitle = goal.title
    reader = await openBrowser({ viewport: { height: 800, width: 1024 } })
    // The settings' change reaches the card's cache within a second.
    await new Promise((r) => setTimeout(r, 1100))
  }, 240_000)

  afterAll(async () => {
    await reader?.close()
    await allowed?.close()
    await other?.close()
    await seeded?.server.stop()
    await seeded?.database.cleanup()
  })

  it('is shown inside a frame on a site the settings allow, with no axe violations', async () => {
    const { frame, page } = await framed(allowed.origin)
    expect(frame).toBeDefined()
    const inFrame = frame as Frame
    await inFrame.waitForSelector('h1')
    expect(await inFrame.textContent('h1')).toBe(goalTitle)
    expect(await inFrame.textContent('main')).toMatch(
      /Status: (I fas|Risk|Ej i fas|Uppgifter saknas)/,
    )
    // The link opens the whole page outside the frame.
    expect(await inFrame.getAttribute('.more a', 'target')).toBe('_top')
    expect(await axeInFrame(inFrame)).toEqual([])
    await screenshot(page, 'goal-card-framed')
    await page.close()
  })

  it('is refused by the browser inside a frame on any other site', async () => {
    const { frame, page } = await framed(other.origin)
    // Chromium replaces a frame its CSP refuses with an error page: the card never renders.
    const content = frame ? await frame.content().catch(() => '') : ''
    expect(content).not.toContain(goalTitle)
    expect(frame?.url()).not.toBe(card)
    await page.close()
  })
})
