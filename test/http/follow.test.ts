import { adminAuthorization, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'
import { type SmtpSink, startSmtpSink, waitForMail } from '../helpers/smtpSink'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

/**
 * Following the Hedemora plan by e-mail through the production server, as a resident without
 * JavaScript does it: the form on the page, the confirmation e-mail over SMTP, the link and its
 * button, the link to stop following posted as a mail client's one-click (RFC 8058); and every
 * route's answer to what it cannot take.
 */
describe('follow by e-mail over HTTP (production server)', () => {
  let smtp: SmtpSink
  let seeded: Seeded
  let server: RunningServer
  let admin: string

  const ADDRESS = 'invanare.folj@example.se'
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      method: 'POST',
      redirect: 'manual',
    })
  const local = (link: string) => {
    const url = new URL(link)
    return `${url.pathname}${url.search}`
  }
  const exportOf = async (email: string) => {
    const res = await fetch(`${server.url}/api/feedback/gdpr/export`, {
      body: JSON.stringify({ email }),
      headers: { authorization: admin, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    return (await res.json()) as {
      subscriptions: { confirmedAt: null | string; goal: null | string }[]
    }
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    seeded = await startSeededServer('http_follow', {
      FEEDBACK_RATE_PER_MINUTE: '12',
      JOBS_AUTORUN: 'false',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    server = seeded.server
    admin = await adminAuthorization(server.url)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
    await smtp?.close()
  })

  it('should take a follower from the page’s form to a confirmed follow and out again with one click', async () => {
    const page = await (await fetch(`${server.url}/mal-och-budget/2021`)).text()
    const form =
      /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>(?:(?!<\/form>).)*id="folj-epost"/s.exec(
        page,
      )
    expect(form?.[1]).toBe('/api/public/follow')
    const goal = /<option value="(\d+)">([^<]+)<\/option>/.exec(page)
    expect(goal).not.toBeNull()
    const [, goalId, goalTitle] = goal as RegExpExecArray

    const asked = await post(
      '/api/public/follow',
      new URLSearchParams({
        email: ADDRESS,
        goal: goalId,
        locale: 'sv',
        page: '/mal-och-budget/2021',
      }).toString(),
      { accept: 'text/html,application/xhtml+xml' },
    )
    expect(asked.status).toBe(202)
    expect(asked.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const askedPage = await asked.text()
    expect(askedPage).toContain('<h1>Titta i din e-post</h1>')
    expect(askedPage).not.toContain(ADDRESS)

    await waitForMail(smtp, 1)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]
    expect(mail.subject).toBe(
      `Bekräfta att du vill följa målet "${goalTitle}" i Mål för kommunen 2021`,
    )
    const link =
      /https?:\/\/\S+\/api\/public\/follow\/confirm\?\S+/.exec(mail.text ?? '')?.[0] ?? ''

    // The link (what a mail scanner opens too) asks; only the button confirms.
    const question = await fetch(`${server.url}${local(link)}`)
    expect(question.status).toBe(200)
    const questionPage = await question.text()
    expect(questionPage).toContain('Vill du följa målet')
    expect((await exportOf(ADDRESS)).subscriptions).toEqual([
      expect.objectContaining({ confirmedAt: null, goal: goalId }),
    ])
    const fields = new URLSearchParams(
      [...questionPage.matchAll(/<input name="(\w+)" type="hidden" value="([^"]*)">/g)].map((m) => [
        m[1],
        m[2].replace(/&amp;/g, '&'),
      ]),
    )
    const confirmed = await post('/api/public/follow/confirm', fields.toString())
    expect(confirmed.status).toBe(200)
    const confirmedPage = await confirmed.text()
    expect(confirmedPage).toContain('Nu följer du målet')
    expect((await exportOf(ADDRESS)).subscriptions[0].confirmedAt).toEqual(expect.any(String))

    // Stop following: the page's link asks, a mail client's one-click POST ends it.
    const leave = (
      /<a href="([^"]+\/follow\/unsubscribe\?[^"]+)">/.exec(confirmedPage)?.[1] ?? ''
    ).replace(/&amp;/g, '&')
    const leaveQuestion = await fetch(`${server.url}${local(leave)}`)
    expect(leaveQuestion.status).toBe(200)
    expect(await leaveQuestion.text()).toContain('<button type="submit">Sluta följa</button>')
    expect((await exportOf(ADDRESS)).subscriptions).toHaveLength(1)
    const oneClick = await post(local(leave), 'List-Unsubscribe=One-Click')
    expect(oneClick.status).toBe(200)
    expect(await oneClick.text()).toContain('Du följer inte längre något')
    expect((await exportOf(ADDRESS)).subscriptions).toEqual([])
    // Again: the same answer, nothing left.
    expect((await post(local(leave), 'List-Unsubscribe=One-Click')).status).toBe(200)

    // No address in the server's log.
    expect(server.output()).not.toContain(ADDRESS)
    expect(server.output()).not.toContain('invanare.folj')
  })

  it('should answer JSON clients 202 and refuse what cannot be followed with a 4xx', async () => {
    const json = (body: unknown) =>
      post('/api/public/follow', JSON.stringify(body), { 'content-type': 'application/json' })
    const ok = await json({ email: 'annan@example.se', page: '/mal-och-budget/2021' })
    expect(ok.status).toBe(202)
    expect(((await ok.json()) as { message: string }).message).toMatch(
      /Om adressen stämmer.* \/ If the address is right/,
    )
    const cases: [string, Promise<Response>, number][] = [
      ['no address', json({ page: '/mal-och-budget/2021' }), 400],
      ['bad address', json({ email: 'x@', page: '/mal-och-budget/2021' }), 400],
      ['unpublished year', json({ email: 'a@example.se', page: '/mal-och-budget/2099' }), 404],
      [
        'unknown goal',
        json({ email: 'a@example.se', goal: '99999', page: '/mal-och-budget/2021' }),
        404,
      ],
      ['not JSON', post('/api/public/follow', '{', { 'content-type': 'application/json' }), 400],
      ['text/plain', post('/api/public/follow', 'x', { 'content-type': 'text/plain' }), 415],
      ['too large', post('/api/public/follow', `email=${'a'.repeat(5000)}`), 413],
      ['GET', fetch(`${server.url}/api/public/follow`), 405],
      ['no token', fetch(`${server.url}/api/public/follow/confirm?id=1`), 404],
      ['wrong token', fetch(`${server.url}/api/public/follow/confirm?id=1&token=abc`), 404],
      [
        'bad id',
        fetch(`${server.url}/api/public/follow/confirm?id=${'9'.repeat(80)}&token=abc`),
        404,
      ],
      [
        'bad address hash',
        post('/api/public/follow/unsubscribe?address=zz&token=abc', 'List-Unsubscribe=One-Click'),
        404,
      ],
      [
        'wrong leave token',
        post(`/api/public/follow/unsubscribe?address=${'a'.repeat(64)}&token=abc`, ''),
        404,
      ],
      ['DELETE', fetch(`${server.url}/api/public/follow/unsubscribe`, { method: 'DELETE' }), 405],
    ]
    for (const [what, pending, status] of cases) {
      const res = await pending
      expect([what, res.status]).toEqual([what, status])
      const text = await res.text()
      if (res.headers.get('content-type')?.startsWith('application/json'))
        expect([what, text]).toEqual([what, expect.stringMatching(/ \/ /)])
    }
    // Over the limit (12 a minute here): 429 with when to try again.
    let last: Response | undefined
    for (let i = 0; i < 14; i++) {
      last = await json({ email: 'a@example.se', page: '/mal-och-budget/2021' })
      if (last.status === 429) break
      await last.arrayBuffer()
    }
    expect(last?.status).toBe(429)
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
