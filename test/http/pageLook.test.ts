import sharp from 'sharp'

import {
  adminAuthorization,
  createReviewed,
  publishReviewed,
  startSeededServer,
} from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

// What a newcomer meets first: the page in the organisation's look and in English, its header and
// footer, the favicon, pages without empty headings, and an admin in Swedish whatever the browser.
describe('the public page as the organisation’s own, in two languages (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let admin: string

  const html = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
    return { headers: res.headers, status: res.status, text: await res.text() }
  }
  const patchSettings = (data: unknown) =>
    fetch(`${server.url}/api/globals/site-settings`, {
      body: JSON.stringify(data),
      headers: { authorization: admin, 'content-type': 'application/json' },
      method: 'POST',
    })

  beforeAll(async () => {
    seeded = await startSeededServer('http_page_look', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    admin = await adminAuthorization(server.url)
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should send the English page at /en/… and for ?locale=en, Swedish texts marked as such, with a switch both ways', async () => {
    const redirected = await html('/mal-och-budget/2021?locale=en')
    expect([307, 308]).toContain(redirected.status)
    expect(redirected.headers.get('location')).toMatch(/\/en\/mal-och-budget\/2021$/)

    const english = await html('/en/mal-och-budget/2021')
    expect(english.status).toBe(200)
    expect(english.headers.get('content-language')).toBe('en')
    expect(english.text).toMatch(/<html[^>]* lang="en"/)
    expect(english.text).toContain('Focus areas and goals')
    expect(english.text).toContain('Open data')
    // Hedemora wrote no English: the title is theirs, in Swedish, said to be so.
    expect(english.text).toMatch(/<h1 lang="sv">Mål för kommunen 2021<\/h1>/)
    expect(english.text).toContain('Parts of this page have not been translated yet')
    expect(english.text).toMatch(
      /<a class="language-switch" href="\/mal-och-budget\/2021" hrefLang="sv" lang="sv">/i,
    )
    expect(english.text).toContain('<input type="hidden" name="locale" value="en"/>')
    expect(english.text).not.toContain('Fokusområden och mål')

    const swedish = await html('/mal-och-budget/2021')
    expect(swedish.text).toMatch(/<html[^>]* lang="sv"/)
    expect(swedish.text).toMatch(
      /<a class="language-switch" href="\/en\/mal-och-budget\/2021" hrefLang="en" lang="en">/i,
    )
    expect(swedish.text).not.toContain('have not been translated')
    expect((await html('/en/mal-och-budget/1999')).status).toBe(404)
  })

  it('should refuse a colour that white text cannot be read on, with the ratio, and use a readable one', async () => {
    const pale = await patchSettings({ appearance: { primaryColor: '#7fb2e5' } })
    expect(pale.status).toBe(400)
    const message = JSON.stringify(await pale.json())
    expect(message).toContain('Färgen #7fb2e5 har kontrasten 2,2:1 mot vit text')
    expect(message).toContain('contrast of 2.2:1 with white text')
    expect(message).toContain('4,5:1')
    const notColour = await patchSettings({ appearance: { accentColor: 'red' } })
    expect(notColour.status).toBe(400)
    expect(await notColour.text()).toContain('#rrggbb')

    const logo = await sharp({
      create: { background: '#005a9c', channels: 3, height: 40, width: 120 },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Hedemora kommun' }))
    form.append('file', new Blob([new Uint8Array(logo)], { type: 'image/png' }), 'logotyp.png')
    const uploaded = await fetch(`${server.url}/api/media?draft=true`, {
      body: form,
      headers: { authorization: admin },
      method: 'POST',
    })
    expect(uploaded.status).toBe(201)
    const logoId = ((await uploaded.json()) as { doc: { id: number } }).doc.id
    expect((await publishReviewed(server.url, 'media', logoId)).status).toBe(200)

    const saved = await patchSettings({
      accessibilityStatementUrl: 'https://www.hedemora.se/tillganglighet',
      appearance: {
        accentColor: '#8a3b00',
        fontStack: 'serif',
        logo: logoId,
        primaryColor: '#005a9c',
      },
      dataProtectionUrl: 'https://www.hedemora.se/dataskydd',
    })
    expect(saved.status).toBe(200)
    const page = await html('/mal-och-budget/2021')
    expect(page.text).toContain('--mob-primary:#005a9c')
    expect(page.text).toContain('--mob-accent:#8a3b00')
    expect(page.text).toContain('--mob-font:Georgia')
    expect(page.text).toMatch(/<header class="site-header">[\s\S]*<img alt="Hedemora kommun"/)
    const footer = page.text.slice(page.text.indexOf('<footer'))
    expect(footer).toContain(
      'href="https://www.hedemora.se/tillganglighet">Tillgänglighetsredogörelse',
    )
    expect(footer).toContain('href="https://www.hedemora.se/dataskydd">Dataskydd')
    const english = await html('/en/mal-och-budget/2021')
    expect(english.text).toContain('>Accessibility statement</a>')
  })

  it('should leave out headings and lead-ins that would stand alone', async () => {
    await createReviewed(server.url, 'budget-plans', { title: 'Mål och budget 2031', year: 2031 })
    const page = await html('/mal-och-budget/2031')
    expect(page.status).toBe(200)
    const article = page.text.slice(page.text.indexOf('<article'), page.text.indexOf('</article>'))
    const headings = [...article.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1])
    expect(headings).toEqual(['Fokusområden och mål', 'Öppna data'])
    expect(article).not.toContain('Några exempel på vad kommunen gör')
  })

  it('should answer /favicon.ico with an icon', async () => {
    const icon = await fetch(`${server.url}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/image\//)
    expect((await icon.arrayBuffer()).byteLength).toBeGreaterThan(0)
  })

  it('should speak Swedish in the admin to an English browser, and English to a person who chose it', async () => {
    const english = { 'accept-language': 'en-US,en;q=0.9' }
    const login = await html('/admin/login', english)
    expect(login.text).toMatch(/<html[^>]* lang="sv"/)
    expect(login.text).toContain('Logga in')
    const chosen = await html('/admin/login', { ...english, cookie: 'payload-lng=en' })
    expect(chosen.text).toMatch(/<html[^>]* lang="en"/)
    expect(chosen.text).toContain('Login')
  })

  it('should render the admin’s edit views with their fields and the plugin’s panels in the person’s language, and log no refused query of its own', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: 'admin@hedemora.se', password: 'http-test-lösenord-1' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    // As a browser navigates: the session cookie, same origin.
    const browser = { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
    const from = server.output().length
    for (const [path, field] of [
      ['/admin/collections/initiatives/1', 'field-title'],
      ['/admin/collections/goals/1', 'field-title'],
      ['/admin/collections/budget-plans/1', 'field-title'],
      ['/admin/globals/site-settings', 'field-organisationName'],
    ]) {
      const view = await html(path, browser)
      expect({ path, status: view.status }).toEqual({ path, status: 200 })
      expect({ path, rendered: view.text.includes(`id="${field}"`) }).toEqual({
        path,
        rendered: true,
      })
    }
    expect(server.output().slice(from)).not.toMatch(/"msg":"4\d\d:/)
    // The plugin's own panels speak the person's language, as Payload's words around them do.
    const swedish = await html('/admin/collections/goals/1', browser)
    const english = await html('/admin/collections/goals/1', {
      ...browser,
      cookie: `${browser.cookie}; payload-lng=en`,
    })
    for (const [view, words] of [
      [swedish.text, ['Tillgänglighet och klarspråk', 'Hämta från Kolada nu', 'Granskning: ']],
      [english.text, ['Accessibility and plain language', 'Fetch from Kolada now', 'Review: ']],
    ] as const)
      for (const word of words)
        expect({ word, shown: view.includes(word) }).toEqual({ word, shown: true })
    expect(english.text).not.toContain('Hämta från Kolada nu')
    const queue = await html('/admin/granska', {
      ...browser,
      cookie: `${browser.cookie}; payload-lng=en`,
    })
    expect(queue.text).toContain('<h1>To review</h1>')
    expect(queue.text).toContain('Nothing waits for review.')
  })
})
