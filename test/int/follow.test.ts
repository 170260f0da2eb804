import type { Payload, PayloadRequest } from 'payload'

import type { ParsedMail } from 'mailparser'

import { answerFollowConfirm, answerFollowPost } from '../../src/follow/answerFollow'
import { SEND_FOLLOW_DIGESTS, sendFollowDigests } from '../../src/follow/sendDigests'
import { APPLY_RETENTION } from '../../src/gdpr/applyRetention'
import { erasePersonalData, exportPersonalData } from '../../src/gdpr/dataSubject'
import { type SmtpSink, startSmtpSink, waitForMail } from '../helpers/smtpSink'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/**
 * Following a plan or a goal by e-mail, on a real Payload and a real SMTP server: the request
 * (as the public endpoint answers it), the confirmation, the daily digest of published changes with
 * its one-click unsubscribe, the deletion of unconfirmed requests, and the data-subject rights.
 */
describe('follow by e-mail (a fictional municipality, Exempelby 2031)', () => {
  let smtp: SmtpSink
  let test: TestPayload
  let payload: Payload
  let planId: number
  let goalIds: number[]
  let client = 0

  const mailCount = (count: number) => waitForMail(smtp, count)
  const follow = (fields: Record<string, string>) => {
    const body = Buffer.from(new URLSearchParams(fields).toString())
    return answerFollowPost(payload, {
      accept: 'application/json',
      clientKey: `10.0.0.${++client}`,
      contentLength: body.length,
      contentType: 'application/x-www-form-urlencoded',
      readBody: async () => body,
    })
  }
  /** The request a server gives the confirm route for a link (GET) or its button (POST). */
  const open = (link: string, method: 'GET' | 'POST') => {
    const url = new URL(link)
    return answerFollowConfirm({
      headers: new Headers(),
      method,
      payload,
      searchParams: url.searchParams,
    } as unknown as PayloadRequest)
  }
  const linkIn = (mail: ParsedMail) =>
    /https:\/\/\S+\/api\/public\/follow\/confirm\?\S+/.exec(mail.text ?? '')?.[0] ?? ''
  const publishTitle = async (id: number, title: string) => {
    await payload.update({ collection: 'goals', data: { _status: 'published', title }, id })
    await payload.jobs.run({ allQueues: true, limit: 100 })
    // The pages are read from the cache, which trusts its change marker for a second.
    await new Promise((r) => setTimeout(r, 1100))
  }
  const follows = async (email: string) =>
    (await exportPersonalData(payload, email, { via: 'cli' })).subscriptions

  beforeAll(async () => {
    smtp = await startSmtpSink()
    test = await startTestPayload('follow_by_email', {
      EMAIL_FROM: 'Exempelby kommun <no-reply@exempelby.se>',
      SERVER_URL: 'https://mal.exempelby.se',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    payload = test.payload
    const plan = await payload.create({
      collection: 'budget-plans',
      data: { _status: 'published', slug: 'exempelby-2031', title: 'Exempelby 2031', year: 2031 },
    })
    planId = plan.id as number
    goalIds = []
    for (const title of ['Fler läser varje dag', 'Tryggare äldreomsorg'])
      goalIds.push(
        (
          await payload.create({
            collection: 'goals',
            data: { _status: 'published', plan: plan.id, title },
          })
        ).id as number,
      )
    await payload.jobs.run({ allQueues: true, limit: 100 })
  })

  afterAll(async () => {
    await test?.destroy()
    await smtp?.close()
  })

  it('should send only the confirmation until it is confirmed, then the day’s changes once a day', async () => {
    const answer = await follow({ email: 'Anna@Exempel.se', page: '/mal-och-budget/2031' })
    expect(answer.status).toBe(202)
    expect(String(answer.body)).not.toContain('anna@exempel.se')
    await mailCount(1)
    expect(smtp.messages).toHaveLength(1)
    const confirmation = smtp.messages[0]
    expect(confirmation.to).toMatchObject({ text: 'anna@exempel.se' })
    expect(confirmation.subject).toBe('Bekräfta att du vill följa Exempelby 2031')
    const link = linkIn(confirmation)
    expect(link).toMatch(
      /^https:\/\/mal\.exempelby\.se\/api\/public\/follow\/confirm\?id=\d+&token=/,
    )

    // Unconfirmed: a published change sends nothing.
    await publishTitle(goalIds[0], 'Fler barn läser varje dag')
    expect(await sendFollowDigests(payload)).toBe(0)
    expect(smtp.messages).toHaveLength(1)

    // Opening the link asks; only the button confirms.
    const asked = await open(link, 'GET')
    expect(asked.status).toBe(200)
    expect(String(asked.body)).toContain('Vill du följa Exempelby 2031 via e-post?')
    expect((await follows('anna@exempel.se'))[0].confirmedAt).toBeNull()
    const confirmed = await open(link, 'POST')
    expect(confirmed.status).toBe(200)
    expect(String(confirmed.body)).toContain('Nu följer du Exempelby 2031.')
    expect((await follows('anna@exempel.se'))[0].confirmedAt).toEqual(expect.any(String))
    // What was published before confirming is not sent.
    expect(await sendFollowDigests(payload)).toBe(0)

    await publishTitle(goalIds[1], 'Trygg äldreomsorg för alla')
    await publishTitle(goalIds[0], 'Alla barn läser varje dag')
    await payload.jobs.queue({ input: {}, queue: 'daily', task: SEND_FOLLOW_DIGESTS })
    await payload.jobs.run({ queue: 'daily' })
    await mailCount(2)
    expect(smtp.messages).toHaveLength(2)
    const digest = smtp.messages[1]
    expect(digest.subject).toBe('Ändringar i Exempelby 2031')
    expect(digest.text).toContain(
      '- Målet "Tryggare äldreomsorg" heter nu "Trygg äldreomsorg för alla".\n- Målet "Fler barn läser varje dag" heter nu "Alla barn läser varje dag".',
    )
    expect(digest.text).not.toContain('Fler läser varje dag" heter nu')
    expect(digest.text).toContain('Läs sidan: https://mal.exempelby.se/mal-och-budget/2031')
    const header = (name: string) => digest.headerLines.find((h) => h.key === name)?.line ?? ''
    const unsubscribe = header('list-unsubscribe').replace(/^List-Unsubscribe:\s*/i, '')
    expect(unsubscribe).toMatch(
      /^<https:\/\/mal\.exempelby\.se\/api\/public\/follow\/unsubscribe\?address=[0-9a-f]{64}&token=[\w-]+>$/,
    )
    expect(header('list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    )
    expect(digest.text).toContain(unsubscribe.slice(1, -1))

    // The same day again, with a new change: nothing until a day has passed.
    await publishTitle(goalIds[1], 'Trygg äldreomsorg i hela kommunen')
    expect(await sendFollowDigests(payload)).toBe(0)
    expect(await sendFollowDigests(payload, new Date(Date.now() + 21 * 3600_000))).toBe(1)
    await mailCount(3)
    expect(smtp.messages[2].text).toContain(
      '- Målet "Trygg äldreomsorg för alla" heter nu "Trygg äldreomsorg i hela kommunen".',
    )
    expect(smtp.messages[2].text).not.toContain('Alla barn läser')
  })

  it('should send a goal’s follower that goal’s changes only, all of an address in one e-mail', async () => {
    const before = smtp.messages.length
    for (const goal of goalIds)
      expect(
        (await follow({ email: 'bo@exempel.se', goal: String(goal), page: '/mal-och-budget/2031' }))
          .status,
      ).toBe(202)
    await mailCount(before + 2)
    const mails = smtp.messages.slice(before)
    expect(mails.map((m) => m.subject)).toEqual([
      'Bekräfta att du vill följa målet "Alla barn läser varje dag" i Exempelby 2031',
      'Bekräfta att du vill följa målet "Trygg äldreomsorg i hela kommunen" i Exempelby 2031',
    ])
    // Only the first is confirmed.
    await open(linkIn(mails[0]), 'POST')
    await publishTitle(goalIds[1], 'Omsorg')
    await publishTitle(goalIds[0], 'Läsning')
    const later = new Date(Date.now() + 22 * 3600_000)
    await sendFollowDigests(payload, later)
    await mailCount(before + 4)
    const bo = smtp.messages
      .slice(before + 2)
      .find((m) => m.to && 'text' in m.to && m.to.text === 'bo@exempel.se')
    expect(bo?.text).toContain(
      'målet "Läsning" i Exempelby 2031\n- Målet "Alla barn läser varje dag" heter nu "Läsning".',
    )
    expect(bo?.text).not.toContain('Omsorg')
  })

  it('should neither resend within the hour nor let anyone fill a stranger’s inbox', async () => {
    const before = smtp.messages.length
    for (let i = 0; i < 3; i++)
      expect(
        (await follow({ email: 'cilla@exempel.se', page: '/mal-och-budget/2031' })).status,
      ).toBe(202)
    for (const goal of goalIds)
      await follow({ email: 'cilla@exempel.se', goal: String(goal), page: '/mal-och-budget/2031' })
    await follow({
      email: 'cilla@exempel.se',
      goal: String(goalIds[0]),
      page: '/mal-och-budget/2031',
    })
    await new Promise((r) => setTimeout(r, 500))
    // One per thing followed, at most FOLLOW_PENDING_PER_ADDRESS (3) a day.
    expect(smtp.messages.length - before).toBe(3)
    expect(await follows('cilla@exempel.se')).toHaveLength(3)
  })

  it('should store one request and send one confirmation when an address asks many times at once', async () => {
    const before = smtp.messages.length
    const page = '/mal-och-budget/2031'
    const answers = await Promise.all([
      ...Array.from({ length: 6 }, () => follow({ email: 'ebba@exempel.se', page })),
      ...Array.from({ length: 3 }, () =>
        follow({ email: 'EBBA@exempel.se', goal: String(goalIds[1]), page }),
      ),
    ])
    expect(answers.map((a) => a.status)).toEqual(Array(9).fill(202))
    // One row per thing followed, one confirmation each: the digest names each once.
    expect(await follows('ebba@exempel.se')).toHaveLength(2)
    await mailCount(before + 2)
    await new Promise((r) => setTimeout(r, 500))
    expect(smtp.messages.length - before).toBe(2)
  })

  it('should refuse what cannot be followed with a 4xx saying why', async () => {
    const cases: [Record<string, string>, number, RegExp][] = [
      [{ email: 'inte-en-adress', page: '/mal-och-budget/2031' }, 400, /giltig e-postadress/],
      [{ page: '/mal-och-budget/2031' }, 400, /e-postadress/],
      [{ email: 'd@exempel.se', page: '/mal-och-budget/2099' }, 404, /inte publicerat/],
      [
        { email: 'd@exempel.se', goal: '999999', page: '/mal-och-budget/2031' },
        404,
        /inte publicerat/,
      ],
      [{ email: 'd@exempel.se', goal: '<script>', page: '/mal-och-budget/2031' }, 400, /mål-id/],
      [{ email: 'd@exempel.se', page: '/mal-och-budget/2031', locale: 'de' }, 400, /sv eller en/],
    ]
    for (const [fields, status, message] of cases) {
      const answer = await follow(fields)
      expect([fields, answer.status]).toEqual([fields, status])
      expect(String(answer.body)).toMatch(message)
    }
    const refusedLink = await open('https://x/api/public/follow/confirm?id=1&token=fel', 'POST')
    expect(refusedLink.status).toBe(404)
  })

  it('should delete requests left unconfirmed for 7 days, and their links stop working', async () => {
    await follow({ email: 'dora@exempel.se', page: '/mal-och-budget/2031' })
    await mailCount(smtp.messages.length)
    const [row] = await follows('dora@exempel.se')
    const link = linkIn(smtp.messages.at(-1) as ParsedMail)
    expect(link).toContain(`id=${row.id}&`)
    // Eight days old (set in the database, as the passing of time would).
    const old = new Date(Date.now() - 8 * 86_400_000).toISOString()
    await payload.db.updateOne({
      collection: 'subscriptions',
      data: { createdAt: old },
      id: row.id,
    })
    expect((await open(link, 'POST')).status).toBe(410)
    await payload.jobs.queue({ input: {}, queue: 'daily', task: APPLY_RETENTION })
    await payload.jobs.run({ queue: 'daily' })
    expect(await follows('dora@exempel.se')).toEqual([])
    expect((await follows('anna@exempel.se')).length).toBe(1)
  })

  it('should include the follows in the data-subject export and erase them with the rest', async () => {
    const exported = await exportPersonalData(payload, 'ANNA@exempel.se', { via: 'cli' })
    expect(exported.subscriptions).toEqual([
      expect.objectContaining({ email: 'anna@exempel.se', goal: null, plan: planId }),
    ])
    expect(exported.count).toBe(1)
    const erased = await erasePersonalData(payload, 'anna@exempel.se', { via: 'cli' })
    expect(erased.count).toBe(1)
    expect(await follows('anna@exempel.se')).toEqual([])
  })
})
