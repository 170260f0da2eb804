import { XMLParser } from 'fast-xml-parser'

import { adminAuthorization, staffApi, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Goal = { id: number; title: string }

/**
 * The goal cards of the Hedemora seed over HTTP: the card for an `<iframe>` with the
 * frame-ancestors the settings allow, its oEmbed answer and discovery, its PNG for link previews,
 * and a 4xx for every address that is no published goal's card.
 */
describe('the goal cards over HTTP (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let goal: Goal
  const api = staffApi(
    () => server.url,
    () => auth,
  )
  const cardPath = () => `/mal-och-budget/2021/mal/${goal.id}/kort`

  beforeAll(async () => {
    seeded = await startSeededServer('http_cards', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
    goal = (await api<{ docs: Goal[] }>('GET', '/api/goals?depth=0&sort=order&limit=1')).docs[0]
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should answer the card with only this site as frame ancestor until the settings name others', async () => {
    const first = await fetch(`${server.url}${cardPath()}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(first.headers.get('x-frame-options')).toBeNull()
    expect(first.headers.get('content-security-policy')).toContain("frame-ancestors 'self';")
    const html = await first.text()
    expect(html).toContain(`<h1>${goal.title}</h1>`)
    expect(html).toContain('Läs mer i Mål för kommunen 2021')
    expect(html).not.toContain('<script')
    // The plan page links each goal's card, and still may not be framed by anyone else.
    const page = await fetch(`${server.url}/mal-och-budget/2021`)
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(await page.text()).toContain(`href="${cardPath()}"`)

    const refused = await fetch(`${server.url}/api/globals/site-settings`, {
      body: JSON.stringify({ embedOrigins: 'https://www.hedemora.se/nyheter' }),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('är ingen webbplatsadress')
    await api('POST', '/api/globals/site-settings', {
      embedOrigins: 'https://www.hedemora.se\nhttps://nyheter.example.se:8443/\n',
    })
    await new Promise((r) => setTimeout(r, 1100))
    const after = await fetch(`${server.url}${cardPath()}`)
    expect(after.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://www.hedemora.se https://nyheter.example.se:8443;",
    )
    const etag = after.headers.get('etag') as string
    await after.arrayBuffer()
    expect(
      (await fetch(`${server.url}${cardPath()}`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304)
  })

  it('should describe the card by oEmbed, discovered from the card itself', async () => {
    const html = await (await fetch(`${server.url}${cardPath()}`)).text()
    const discovery =
      /<link href="([^"]+)" rel="alternate" title="[^"]+" type="application\/json\+oembed">/.exec(
        html,
      )
    expect(discovery).not.toBeNull()
    const href = (discovery?.[1] ?? '').replace(/&amp;/g, '&')
    const res = await fetch(
      `${server.url}${new URL(href).pathname}${new URL(href).search}&maxwidth=400`,
    )
    expect(res.status).toBe(200)
    const oembed = (await res.json()) as Record<string, unknown>
    expect(oembed).toMatchObject({
      height: 560,
      provider_name: 'Hedemora kommun',
      thumbnail_height: 630,
      thumbnail_width: 1200,
      title: `${goal.title} – Mål för kommunen 2021`,
      type: 'rich',
      version: '1.0',
      width: 400,
    })
    expect(oembed.html).toMatch(
      /^<iframe src="[^"]+\/mal-och-budget\/2021\/mal\/\d+\/kort" width="400" height="560" title="[^"]+" loading="lazy"/,
    )
    expect(html).toContain(`<meta content="${oembed.thumbnail_url as string}" property="og:image">`)
    // The spec's other format, XML, with the same fields (it answered 501).
    const xml = await fetch(
      `${server.url}${new URL(href).pathname}${new URL(href).search}&maxwidth=400&format=xml`,
    )
    expect(xml.status).toBe(200)
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=utf-8')
    const parsed = new XMLParser({ parseTagValue: false }).parse(await xml.text()) as {
      oembed: Record<string, string>
    }
    expect(parsed.oembed).toEqual(
      Object.fromEntries(Object.entries(oembed).map(([k, v]) => [k, String(v)])),
    )
  })

  it('should draw the goal as a PNG for link previews, the same bytes until a change', async () => {
    const res = await fetch(`${server.url}${cardPath()}.png`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await res.arrayBuffer())
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
    // Width and height from the IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
    const again = Buffer.from(await (await fetch(`${server.url}${cardPath()}.png`)).arrayBuffer())
    expect(again.equals(png)).toBe(true)
  })

  it('should answer 4xx to every address that is no published goal’s card', async () => {
    const draft = await api<{ doc: { id: number } }>('POST', '/api/goals?draft=true', {
      plan: (await api<{ docs: { id: number }[] }>('GET', '/api/budget-plans?depth=0')).docs[0].id,
      title: 'Ett utkast som ingen ser',
    })
    for (const [path, status] of [
      [`/mal-och-budget/2021/mal/${draft.doc.id}/kort`, 404],
      [`/mal-och-budget/2021/mal/${draft.doc.id}/kort.png`, 404],
      ['/mal-och-budget/2099/mal/1/kort', 404],
      ['/mal-och-budget/abcd/mal/1/kort', 400],
      [`/mal-och-budget/2021/mal/${'x'.repeat(60)}/kort`, 400],
      ['/api/public/oembed', 404],
      [
        `/api/public/oembed?url=${encodeURIComponent('https://evil.example/mal-och-budget/2021/mal/1/kort')}`,
        404,
      ],
      [
        `/api/public/oembed?url=${encodeURIComponent(`${server.url}${cardPath()}`)}&format=yaml`,
        400,
      ],
      [
        `/api/public/oembed?url=${encodeURIComponent(`${server.url}${cardPath()}`)}&format=constructor`,
        400,
      ],
      [
        `/api/public/oembed?url=${encodeURIComponent(`${server.url}${cardPath()}`)}&maxwidth=-4`,
        400,
      ],
    ] as const) {
      const res = await fetch(`${server.url}${path}`)
      expect([path, res.status]).toEqual([path, status])
      const text = await res.text()
      expect(text).not.toContain('Ett utkast som ingen ser')
      expect([path, text]).toEqual([path, expect.stringMatching(/ \/ /)])
    }
    const post = await fetch(`${server.url}/api/public/oembed`, { method: 'POST' })
    expect(post.status).toBe(405)
    await post.arrayBuffer()
  })
})
