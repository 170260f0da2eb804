import fc from 'fast-check'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { RunningServer } from '../helpers/server'

import { adminAuthorization, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Stored = {
  email: null | string
  message: string
  name: null | string
  noticeVersion: number
  page: number
}

const root = path.resolve(import.meta.dirname ?? '.', '../..')
let address = 0
/** A new client address (IPv6 documentation prefix) for each call: a header value only, no traffic goes there. */
const nextAddress = () => `2001:db8::${(++address).toString(16)}`

/** How a browser would send any generated value in a form field. */
const formValue = (v: unknown): string =>
  v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)

describe('POST /api/public/feedback', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string

  const post = (body: BodyInit, contentType = 'application/json', from = nextAddress()) =>
    fetch(`${server.url}/api/public/feedback`, {
      body,
      headers: { 'content-type': contentType, 'x-forwarded-for': from },
      method: 'POST',
    })
  const json = (value: unknown, from?: string) =>
    post(JSON.stringify(value), 'application/json', from)
  const storedFeedback = async (): Promise<Stored[]> => {
    const res = await fetch(`${server.url}/api/feedback?limit=0&depth=0`, {
      headers: { authorization: auth },
    })
    return ((await res.json()) as { docs: Stored[] }).docs
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_feedback', { LOG_LEVEL: 'trace', TRUST_PROXY: '2' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should answer 201 with a receipt, with or without a reply to come', async () => {
    const res = await json({ message: 'Tack för en tydlig sida!', page: '/mal-och-budget/2021' })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({
      dataProtectionNotice: {
        customerService: 'kundtjänst',
        date: expect.any(String),
        pageUrl: 'https://www.hedemora.se/dataskydd',
        phone: '0225-34 000',
        text: expect.stringMatching(/^Information om hur/),
        version: 1,
      },
      id: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      page: '/mal-och-budget/2021',
      receivedAt: expect.any(String),
      replyExpected: false,
      thanks: 'Tack för din synpunkt',
    })
    const withEmail = await json({
      email: 'svar@example.se',
      message: 'Svara gärna',
      page: '/mal-och-budget/2021',
    })
    expect(((await withEmail.json()) as { replyExpected: boolean }).replyExpected).toBe(true)
  })

  it('should take an HTML form without JavaScript', async () => {
    const form = new URLSearchParams({
      email: '',
      message: 'Från ett vanligt formulär',
      name: 'Åsa Öberg',
      page: '/mal-och-budget/2021',
      website: '',
    })
    const res = await post(form.toString(), 'application/x-www-form-urlencoded')
    expect(res.status).toBe(201)
    const stored = await storedFeedback()
    expect(stored.find((f) => f.message === 'Från ett vanligt formulär')).toMatchObject({
      email: null,
      name: 'Åsa Öberg',
      noticeVersion: 1,
    })
  })

  it("should lead a browser's own form post back to the page with the receipt, or answer a page with the errors and the typed text kept", async () => {
    const browserPost = (fields: Record<string, string>) =>
      fetch(`${server.url}/api/public/feedback`, {
        body: new URLSearchParams({ page: '/mal-och-budget/2021', website: '', ...fields }),
        headers: {
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'x-forwarded-for': nextAddress(),
        },
        method: 'POST',
        redirect: 'manual',
      })
    // Stored: 303 to the page (a reload does not send it again), which shows the receipt.
    const sent = await browserPost({ email: 'svar@example.se', message: 'Utan skript, med svar' })
    expect(sent.status).toBe(303)
    const location = sent.headers.get('location') ?? ''
    expect(location).toMatch(
      /^\/mal-och-budget\/2021\?kvitto=[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}&svar=ja#synpunkter$/,
    )
    const receipt = new URL(location, server.url).searchParams.get('kvitto')
    const page = await (await fetch(new URL(location, server.url))).text()
    expect(page).toContain('<div class="thanks" role="status"><p><strong>Tack för din synpunkt!')
    expect(page).toContain(`Ditt kvittonummer är <strong>${receipt}</strong>`)
    expect(page).toContain('Vi svarar på den e-postadress du angav.')
    expect((await storedFeedback()).some((f) => f.message === 'Utan skript, med svar')).toBe(true)
    // The English page's form leads back to the English page.
    const english = await browserPost({ locale: 'en', message: 'In English, no script' })
    expect(english.headers.get('location')).toMatch(/^\/en\/mal-och-budget\/2021\?kvitto=/)
    // A made-up receipt in the address is shown only when it has a receipt's shape.
    const forged = await (
      await fetch(`${server.url}/mal-och-budget/2021?kvitto=${encodeURIComponent('<b>x</b>')}`)
    ).text()
    expect(forged.includes('class="thanks"')).toBe(false)
    expect(forged.includes('<b>x</b>')).toBe(false)

    // Refused: the reason, the form again with what was typed (escaped), in the page's language.
    const refused = await browserPost({
      email: 'inte-en-adress',
      message: 'Min text <script>alert(1)</script>',
      name: 'Åsa "Ö" Berg',
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await refused.text()
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('Synpunkten skickades inte')
    expect(html).toContain('Ange en giltig e-postadress, t.ex. namn@exempel.se')
    expect(html).toContain('value="Åsa &quot;Ö&quot; Berg"')
    expect(html).toContain('Min text &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('action="/api/public/feedback"')
    expect(html).toContain('href="/mal-och-budget/2021#synpunkter"')
    const englishRefused = await (await browserPost({ locale: 'en', message: ' ' })).text()
    expect(englishRefused).toContain('<html lang="en">')
    expect(englishRefused).toContain('Write your comment')
    // A page that is not published: the reason and the way to the plans, no form.
    const gone = await browserPost({ message: 'Hej', page: '/mal-och-budget/2030' })
    expect(gone.status).toBe(404)
    const goneHtml = await gone.text()
    expect(goneHtml).toContain('Sidan finns inte längre')
    expect(goneHtml).not.toContain('<form')
    // A script that asks for JSON (the page's own script does) gets JSON as before.
    const scripted = await fetch(`${server.url}/api/public/feedback`, {
      body: new URLSearchParams({ message: 'Med skript', page: '/mal-och-budget/2021' }),
      headers: { accept: 'application/json', 'x-forwarded-for': nextAddress() },
      method: 'POST',
    })
    expect(scripted.status).toBe(201)
    expect(((await scripted.json()) as { page: string }).page).toBe('/mal-och-budget/2021')
  })

  it('should answer 400 with messages per field in Swedish and English', async () => {
    const res = await json({
      email: 'inte-en-adress',
      message: '   ',
      page: '/mal-och-budget/2021',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      errors: {
        email:
          'Ange en giltig e-postadress, t.ex. namn@exempel.se / Enter a valid e-mail address, e.g. name@example.com',
        message: 'Skriv din synpunkt / Write your comment',
      },
    })
    expect((await post('{"message": "trasig', 'application/json')).status).toBe(400)
  })

  it('should answer 404 for an unknown or unpublished page, 413 over 16 KiB, 415 for other types, 405 for other methods', async () => {
    expect((await json({ message: 'Hej', page: '/mal-och-budget/2030' })).status).toBe(404)
    expect((await json({ message: 'Hej', page: 999999 })).status).toBe(404)
    const huge = await json({ message: 'x'.repeat(17 * 1024), page: '/mal-och-budget/2021' })
    expect(huge.status).toBe(413)
    expect(((await huge.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /16 KiB/,
    )
    expect((await post('message=hej', 'text/plain')).status).toBe(415)
    expect((await post('<x/>', 'application/xml')).status).toBe(415)
    expect((await fetch(`${server.url}/api/public/feedback`)).status).toBe(405)
  })

  it('should answer 429 with Retry-After past 5 a minute from one address', async () => {
    const from = '203.0.113.77'
    const statuses: number[] = []
    let retryAfter: null | string = null
    for (let i = 0; i < 7; i++) {
      const res = await json({ message: `Synpunkt ${i}`, page: '/mal-och-budget/2021' }, from)
      statuses.push(res.status)
      if (res.status === 429) retryAfter = res.headers.get('retry-after')
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
    expect((await json({ message: 'Annan adress', page: '/mal-och-budget/2021' })).status).toBe(201)
  })

  it('should give only 201 or 4xx for 2,000 generated bodies and store only valid documents', async () => {
    const before = (await storedFeedback()).length
    const text = fc.oneof(
      fc.string(),
      fc.string({ maxLength: 5000, unit: 'binary' }),
      fc.constantFrom(
        '',
        ' ',
        '\u0000',
        '\ud800',
        'a'.repeat(4001),
        '<script>alert(1)</script>',
        'Robert"); DROP TABLE feedback;--',
      ),
    )
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(text, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('$gt', '$ne', 'equals', 'like'), text),
    )
    const body = fc.record(
      {
        $where: value,
        email: fc.oneof(value, fc.emailAddress()),
        message: fc.oneof(value, fc.lorem()),
        name: value,
        page: fc.oneof(
          value,
          fc.constantFrom('/mal-och-budget/2021', 1, '1', '/mal-och-budget/2021/../../admin'),
        ),
        website: fc.oneof(fc.constant(''), value),
      },
      { requiredKeys: [] },
    )
    const raw = fc.oneof(
      body.map((b) => ({ contentType: 'application/json', payload: JSON.stringify(b) })),
      body.map((b) => ({
        contentType: 'application/json',
        payload: JSON.stringify(b).replace(/^\{/, '{"message":"dubblett",'),
      })),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => ({
        contentType: 'application/json',
        payload: Buffer.from(bytes).toString('latin1'),
      })),
      body.map((b) => ({
        contentType: 'application/x-www-form-urlencoded',
        payload: new URLSearchParams(
          Object.entries(b).flatMap(([k, v]) =>
            Array.isArray(v) ? v.map((x) => [k, formValue(x)]) : [[k, formValue(v)]],
          ),
        ).toString(),
      })),
    )
    let created = 0
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(raw, async ({ contentType, payload }) => {
        const res = await post(payload, contentType)
        await res.arrayBuffer()
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        if (res.status === 201) created += 1
        return res.status === 201 || (res.status >= 400 && res.status < 500)
      }),
      { numRuns: 2000 },
    )
    const stored = await storedFeedback()
    expect(stored.length - before).toBe(created)
    for (const doc of stored) {
      expect(typeof doc.message).toBe('string')
      expect(doc.message.length).toBeGreaterThanOrEqual(1)
      expect(doc.message.length).toBeLessThanOrEqual(4000)
      expect(doc.message).toBe(doc.message.trim())
      expect(doc.name === null || (typeof doc.name === 'string' && doc.name.length <= 100)).toBe(
        true,
      )
      expect(doc.email === null || /^[^\s@]+@[^\s@]+$/.test(doc.email)).toBe(true)
    }
    expect(statuses.get(500)).toBeUndefined()
  }, 300_000)

  it('should store each of 200 parallel submissions from several addresses exactly once', async () => {
    const before = (await storedFeedback()).length
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await json(
          { message: `Parallell synpunkt nr ${i}`, page: '/mal-och-budget/2021' },
          `198.18.0.${i % 40}`,
        )
        return res.status
      }),
    )
    expect(results.filter((s) => s === 201)).toHaveLength(200)
    const stored = (await storedFeedback()).filter((f) =>
      f.message.startsWith('Parallell synpunkt nr '),
    )
    expect(stored).toHaveLength(200)
    expect(new Set(stored.map((f) => f.message)).size).toBe(200)
    expect((await storedFeedback()).length - before).toBe(200)
  }, 120_000)

  it('should keep names, addresses and messages out of the log at every level', async () => {
    const marker = {
      email: 'logg.kontroll@example.se',
      message: 'Loggkontroll-meddelande 4711',
      name: 'Loggkontroll Namnsson',
    }
    await json({ ...marker, page: '/mal-och-budget/2021' })
    await json({ ...marker, email: 'trasig-adress', page: '/mal-och-budget/2021' })
    // The form posted by a browser without script, refused: its answer page holds the text, the log not.
    await fetch(`${server.url}/api/public/feedback`, {
      body: new URLSearchParams({
        ...marker,
        email: 'trasig-adress',
        page: '/mal-och-budget/2021',
      }),
      headers: { accept: 'text/html' },
      method: 'POST',
    })
    await fetch(`${server.url}/api/feedback`, {
      body: JSON.stringify({ ...marker, page: 1 }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({
        query: `mutation { createFeedback(data: { message: "${marker.message}", email: "${marker.email}", name: "${marker.name}" }) { id } }`,
      }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    await new Promise((r) => setTimeout(r, 300))
    const log = server.output()
    expect(log.length).toBeGreaterThan(0)
    for (const secret of Object.values(marker)) expect(log).not.toContain(secret)
  })

  it('should export and erase one address through the admin endpoint and the CLI, for admins only', async () => {
    await json({ email: 'begaran@example.se', message: 'Om mig', page: '/mal-och-budget/2021' })
    const call = (action: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/feedback/gdpr/${action}`, {
        body: JSON.stringify({ email: 'Begaran@Example.se' }),
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      })
    expect((await call('export', {})).status).toBe(401)
    const exported = await call('export', { authorization: auth })
    expect(exported.status).toBe(200)
    expect(await exported.json()).toMatchObject({
      count: 1,
      feedback: [{ email: 'begaran@example.se', message: 'Om mig' }],
    })
    const bad = await fetch(`${server.url}/api/feedback/gdpr/export`, {
      body: '{"email": 42}',
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(bad.status).toBe(400)

    const cli = (...args: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['--conditions=production', '--import', 'tsx', 'host/cli/gdpr.ts', ...args],
        {
          cwd: root,
          env: {
            ...process.env,
            ...seeded.env,
            NODE_ENV: 'production',
            PAYLOAD_SECRET: 'http-test-secret-that-is-long-enough-0123456789',
          },
        },
      )
    const erased = await cli('erase', '--email', 'begaran@example.se')
    expect(JSON.parse(erased.stdout)).toMatchObject({ count: 1 })
    await expect(cli('remove', '--email', 'x@example.se')).rejects.toMatchObject({ code: 2 })
    const after = await call('export', { authorization: auth })
    expect(await after.json()).toMatchObject({ count: 0 })
    const log = await fetch(`${server.url}/api/gdpr-requests?sort=createdAt`, {
      headers: { authorization: auth },
    })
    const entries = ((await log.json()) as { docs: { action: string; via: string }[] }).docs
    expect(entries.map((e) => `${e.action}/${e.via}`)).toEqual([
      'export/api',
      'erase/cli',
      'export/api',
    ])
    expect(JSON.stringify(entries)).not.toMatch(/begaran@/i)
  }, 120_000)
})
