import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The flags every Chromium of the tests and benchmarks runs with. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Where screenshots of final states go (git-ignored). */
export const ARTIFACTS = path.resolve(import.meta.dirname ?? '.', '../../test-results/e2e')

/** A fresh browser profile: a persistent context in a new, empty user-data directory. */
export const openBrowser = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    args: CHROMIUM_FLAGS,
    executablePath: CHROMIUM,
    locale: 'sv-SE',
    viewport: { height: 900, width: 1280 },
    ...options,
  })
  context.on('close', () =>
    fs.rm(profile, { force: true, maxRetries: 5, recursive: true }, () => undefined),
  )
  return context
}

/** Saves a full-page screenshot under test-results/e2e. */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS, `${name}.png`) })
}

/** Polls until `condition` holds (Playwright's waitForFunction cannot await a fetch). */
export const eventually = async (
  condition: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/**
 * Picks an option of one of the admin's select fields. The field is clicked again until its list
 * shows: a click that lands before React has hydrated the field opens nothing (seen on a loaded
 * machine), and a person would click again too.
 */
export const chooseOption = async (page: Page, field: string, option: RegExp): Promise<void> => {
  const choice = page.locator('.rs__option', { hasText: option }).first()
  await eventually(async () => {
    if (await choice.isVisible()) return true
    await page.locator(field).click()
    return choice.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    )
  }, 30_000)
  await choice.click()
}

/** Logs into the admin panel with the test admin. */
export const logIn = async (
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
}

type AxeResult = { violations: { help: string; id: string; nodes: { target: string[] }[] }[] }

const axeSource = fs.readFileSync(
  path.resolve(import.meta.dirname ?? '.', '../../node_modules/axe-core/axe.min.js'),
  'utf8',
)

/** The WCAG 2.1 A/AA violations axe-core finds on the page (or in `selector`), one line each. */
export const axeViolations = async (page: Page, selector?: string): Promise<string[]> => {
  // The admin's action buttons are disabled until its script runs (an inactive control has no
  // contrast requirement, and axe cannot tell): check the page a person can use.
  await page.waitForFunction(() => !document.querySelector('.mob-action[disabled]'), null, {
    timeout: 15_000,
  })
  // A control just enabled fades to its colours (Payload's buttons: 0.1 s); axe reads the colour
  // of the moment, so wait until no transition is running.
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running'),
    null,
    { timeout: 15_000 },
  )
  await page.addScriptTag({ content: axeSource })
  const result = (await page.evaluate(
    (within) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
        within ? document.querySelector(within) : document,
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      ),
    selector,
  )) as AxeResult
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}
