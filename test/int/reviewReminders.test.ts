import type { Payload } from 'payload'

import type { BudgetPlan, User } from '../../host/payload-types'

import { SEND_REVIEW_REMINDERS } from '../../src/workflow/sendReviewReminders'
import { seedHedemora } from '../../host/seed/seedHedemora'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('review reminders ("bäst före")', () => {
  let smtp: SmtpSink
  let test: TestPayload
  let payload: Payload
  let owner: User
  let plan: BudgetPlan

  const runReminders = async () => {
    await payload.jobs.queue({ input: {}, queue: 'daily', task: SEND_REVIEW_REMINDERS })
    await payload.jobs.run({ queue: 'daily' })
  }
  const waitForMail = async (count: number) => {
    for (let i = 0; i < 50 && smtp.messages.length < count; i++)
      await new Promise((r) => setTimeout(r, 50))
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    test = await startTestPayload('reminders', {
      EMAIL_FROM: 'Hedemora kommun <no-reply@hedemora.se>',
      SERVER_URL: 'https://mal.hedemora.se',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    payload = test.payload
    await seedHedemora(payload)
    await payload.create({
      collection: 'users',
      data: { email: 'admin@hedemora.se', password: 'lösen-123456', roles: ['admin'] },
    })
    owner = (await payload.create({
      collection: 'users',
      data: { email: 'sidansvarig@hedemora.se', password: 'lösen-123456', roles: ['editor'] },
    })) as User
    plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0] as BudgetPlan
  })

  afterAll(async () => {
    await test.destroy()
    await smtp.close()
  })

  it('should mail the page owner once when the review date has passed', async () => {
    await payload.update({
      id: plan.id,
      collection: 'budget-plans',
      data: { pageOwner: owner.id, reviewBy: '2022-03-10T00:00:00.000Z' },
    })
    await runReminders()
    await waitForMail(1)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]
    expect(mail.to).toMatchObject({ text: 'sidansvarig@hedemora.se' })
    expect(mail.from?.text).toContain('no-reply@hedemora.se')
    expect(mail.subject).toContain('Mål för kommunen 2021')
    expect(mail.text).toContain(`https://mal.hedemora.se/admin/collections/budget-plans/${plan.id}`)

    await runReminders()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages).toHaveLength(1)
  })

  it('should mail the admins when the page has no owner, and not before the date', async () => {
    await payload.update({
      id: plan.id,
      collection: 'budget-plans',
      data: { pageOwner: null, reviewBy: '2099-01-01T00:00:00.000Z' },
    })
    await runReminders()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages).toHaveLength(1)

    await payload.update({
      id: plan.id,
      collection: 'budget-plans',
      data: { reviewBy: '2023-01-01T00:00:00.000Z' },
    })
    await runReminders()
    await waitForMail(2)
    expect(smtp.messages).toHaveLength(2)
    expect(smtp.messages[1].to).toMatchObject({ text: 'admin@hedemora.se' })
  })
})
