import type { Payload } from 'payload'

import type { BudgetPlan, User } from '../../host/payload-types'

import { createMemoryRateLimiter } from '../../src/lib/rateLimiter'
import { submitFeedback } from '../../src/feedback/submitFeedback'
import { emailHash, erasePersonalData, exportPersonalData } from '../../src/gdpr/dataSubject'
import { APPLY_RETENTION } from '../../src/gdpr/applyRetention'
import { seedHedemora } from '../../host/seed/seedHedemora'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('resident feedback', () => {
  let smtp: SmtpSink
  let test: TestPayload
  let payload: Payload
  let plan: BudgetPlan
  let admin: User
  let owner: User
  let otherEditor: User
  const limiter = createMemoryRateLimiter({ perDay: 10_000, perMinute: 10_000 })
  let client = 0
  const submit = (input: object) =>
    submitFeedback(payload, input, { clientKey: `client-${++client}`, limiter })
  /** The stored feedback a receipt number stands for. */
  const storedFor = async (receipt: string) => {
    const { docs } = await payload.find({
      collection: 'feedback',
      where: { receipt: { equals: receipt } },
    })
    expect(docs).toHaveLength(1)
    return docs[0]
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    test = await startTestPayload('feedback', {
      SERVER_URL: 'https://mal.hedemora.se',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
    })
    payload = test.payload
    await seedHedemora(payload)
    admin = (await payload.create({
      collection: 'users',
      data: { email: 'admin@hedemora.se', password: 'lösen-123456', roles: ['admin'] },
    })) as User
    owner = (await payload.create({
      collection: 'users',
      data: { email: 'agare@hedemora.se', password: 'lösen-123456', roles: ['editor'] },
    })) as User
    otherEditor = (await payload.create({
      collection: 'users',
      data: { email: 'annan@hedemora.se', password: 'lösen-123456', roles: ['editor'] },
    })) as User
    plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0] as BudgetPlan
    await payload.update({ id: plan.id, collection: 'budget-plans', data: { pageOwner: owner.id } })
  })

  afterAll(async () => {
    await test.destroy()
    await smtp.close()
  })

  it("should store a submission with the notice version shown and mail the page owner without the resident's name or address", async () => {
    const outcome = await submit({
      email: 'Invanare.Ett@Example.se',
      message: 'Cykelvägen vid Åsgatan behöver belysning.',
      name: 'Invånare Ett',
      page: '/mal-och-budget/2021',
    })
    expect(outcome).toMatchObject({
      receipt: { replyExpected: true, thanks: 'Tack för din synpunkt' },
      status: 201,
    })
    if (outcome.status !== 201) return
    expect(outcome.receipt.dataProtectionNotice.version).toBe(1)
    expect(outcome.receipt.id).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    const stored = await storedFor(outcome.receipt.id)
    expect(stored).toMatchObject({
      email: 'invanare.ett@example.se',
      noticeVersion: 1,
      pagePath: '/mal-och-budget/2021',
      status: 'new',
    })

    for (let i = 0; i < 50 && smtp.messages.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50))
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]
    expect(mail.to).toMatchObject({ text: 'agare@hedemora.se' })
    expect(mail.text).toContain('Cykelvägen vid Åsgatan behöver belysning.')
    expect(mail.text).toContain(`https://mal.hedemora.se/admin/collections/feedback/${stored.id}`)
    const whole = `${mail.subject}\n${mail.text}\n${mail.html || ''}`
    expect(whole).not.toMatch(/invanare\.ett@example\.se/i)
    expect(whole).not.toContain('Invånare Ett')
  })

  it('should let admins, the page owner and an assigned handler read feedback, but not other editors', async () => {
    const outcome = await submit({ message: 'Bra sida', page: String(plan.id) })
    if (outcome.status !== 201) throw new Error('not stored')
    const { id } = await storedFor(outcome.receipt.id)
    const as = (user: User) =>
      payload.find({
        collection: 'feedback',
        overrideAccess: false,
        user,
        where: { id: { equals: id } },
      })
    expect((await as(admin)).totalDocs).toBe(1)
    expect((await as(owner)).totalDocs).toBe(1)
    expect((await as(otherEditor)).totalDocs).toBe(0)
    await payload.update({
      id,
      collection: 'feedback',
      data: { handler: otherEditor.id },
      overrideAccess: false,
      user: admin,
    })
    expect((await as(otherEditor)).totalDocs).toBe(1)
    const handled = await payload.update({
      id,
      collection: 'feedback',
      data: { internalNote: 'Vidarebefordrad till gatuenheten', status: 'in_progress' },
      overrideAccess: false,
      user: otherEditor,
    })
    expect(handled.status).toBe('in_progress')
    await expect(
      payload.delete({ id, collection: 'feedback', overrideAccess: false, user: owner }),
    ).rejects.toThrow()
  })

  it('should refuse a create through Payload that the public endpoint would refuse', async () => {
    await expect(
      payload.create({
        collection: 'feedback',
        data: { email: 'fel', message: ' ', page: plan.id, status: 'new' },
      }),
    ).rejects.toThrow(/ogiltig|invalid/i)
    await expect(
      payload.create({
        collection: 'feedback',
        data: { message: 'Hej', status: 'new' },
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Du får inte utföra denna åtgärd/)
  })

  it('should remove names and addresses after 12 months and delete feedback after 24', async () => {
    const make = async (monthsOld: number, label: string) => {
      const outcome = await submit({
        email: `${label}@example.se`,
        message: `Synpunkt ${label}`,
        name: label,
        page: String(plan.id),
      })
      if (outcome.status !== 201) throw new Error('not stored')
      const created = new Date()
      created.setMonth(created.getMonth() - monthsOld)
      const { id } = await storedFor(outcome.receipt.id)
      await payload.db.updateOne({
        id,
        collection: 'feedback',
        data: { createdAt: created.toISOString() },
      })
      return id
    }
    const fresh = await make(1, 'farsk')
    const old = await make(13, 'gammal')
    const ancient = await make(25, 'uralt')
    await payload.jobs.queue({ input: {}, queue: 'daily', task: APPLY_RETENTION })
    await payload.jobs.run({ queue: 'daily' })
    expect(await payload.findByID({ id: fresh, collection: 'feedback' })).toMatchObject({
      email: 'farsk@example.se',
      name: 'farsk',
    })
    expect(await payload.findByID({ id: old, collection: 'feedback' })).toMatchObject({
      email: null,
      message: 'Synpunkt gammal',
      name: null,
    })
    await expect(payload.findByID({ id: ancient, collection: 'feedback' })).rejects.toThrow()
  })

  it('should export and erase everything about one address, recording each run without the address', async () => {
    await submit({ email: 'Registrerad@Example.se', message: 'Första', page: String(plan.id) })
    await submit({
      email: 'registrerad@example.se',
      message: 'Andra',
      name: 'Registrerad',
      page: String(plan.id),
    })
    const exported = await exportPersonalData(payload, ' REGISTRERAD@example.se ', {
      user: admin.id,
      via: 'api',
    })
    expect(exported.count).toBe(2)
    expect(exported.feedback.map((f) => f.message).sort()).toEqual(['Andra', 'Första'])
    const erased = await erasePersonalData(payload, 'registrerad@example.se', { via: 'cli' })
    expect(erased.count).toBe(2)
    expect(
      (await exportPersonalData(payload, 'registrerad@example.se', { via: 'cli' })).count,
    ).toBe(0)
    const log = await payload.find({ collection: 'gdpr-requests', sort: 'createdAt' })
    expect(log.docs.map((d) => [d.action, d.count, d.via])).toEqual([
      ['export', 2, 'api'],
      ['erase', 2, 'cli'],
      ['export', 0, 'cli'],
    ])
    expect(log.docs[0].emailHash).toBe(emailHash(payload, 'registrerad@example.se'))
    expect(JSON.stringify(log.docs)).not.toMatch(/registrerad@/i)
  })
})
