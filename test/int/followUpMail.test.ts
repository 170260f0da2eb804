import type { Payload } from 'payload'

import type { GoalAssessment, User } from '../../host/payload-types'

import { MAIL_FOLLOW_UP, REMIND_FOLLOW_UP } from '../../src/followUp/followUpMail'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** The e-mails of a follow-up: to each responsible when a report opens, a reminder before the deadline. */
describe('follow-up e-mails (a fictional municipality, Exempelby 2029)', () => {
  let smtp: SmtpSink
  let test: TestPayload
  let payload: Payload
  let owner: User
  let colleague: User
  let reportId: number

  const waitForMail = async (count: number) => {
    for (let i = 0; i < 60 && smtp.messages.length < count; i++)
      await new Promise((r) => setTimeout(r, 50))
  }
  const run = async (queue?: string) => {
    await payload.jobs.run(queue ? { queue } : {})
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    test = await startTestPayload('follow_up_mail', {
      EMAIL_FROM: 'Exempelby kommun <no-reply@exempelby.se>',
      SERVER_URL: 'https://mal.exempelby.se',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    payload = test.payload
    const user = async (email: string) =>
      (await payload.create({
        collection: 'users',
        data: { email, password: 'lösen-123456789', roles: ['editor'] },
      })) as User
    owner = await user('sidansvarig@exempelby.se')
    colleague = await user('kollega@exempelby.se')
    const plan = await payload.create({
      collection: 'budget-plans',
      data: {
        _status: 'published',
        pageOwner: owner.id,
        slug: 'exempelby-2029',
        title: 'Exempelby 2029',
        year: 2029,
      },
    })
    for (const title of ['Fler läser varje dag', 'Tryggare äldreomsorg'])
      await payload.create({
        collection: 'goals',
        data: { _status: 'published', plan: plan.id, title },
      })
    reportId = (
      await payload.create({
        collection: 'follow-up-reports',
        data: {
          deadline: '2099-02-15',
          kind: 'arsredovisning',
          periodEnd: '2029-12-31',
          plan: plan.id,
        },
        draft: true,
      })
    ).id as number
  })

  afterAll(async () => {
    await test?.destroy()
    await smtp?.close()
  })

  it('should tell the responsible which goals to assess, by when, with the link', async () => {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: MAIL_FOLLOW_UP } },
    })
    expect(docs).toHaveLength(1)
    await run()
    await waitForMail(1)
    expect(smtp.messages).toHaveLength(1)
    const mail = smtp.messages[0]
    expect(mail.to).toMatchObject({ text: 'sidansvarig@exempelby.se' })
    expect(mail.subject).toContain('Årsredovisning 2029 – bedöm 2 mål senast 2099-02-15')
    expect(mail.text).toContain('- Fler läser varje dag')
    expect(mail.text).toContain('- Tryggare äldreomsorg')
    expect(mail.text).toContain(
      `https://mal.exempelby.se/admin/collections/goal-assessments?where[report][equals]=${reportId}`,
    )
  })

  it('should remind, once, whoever still has a goal to assess when the deadline is near', async () => {
    const assessments = (
      await payload.find({
        collection: 'goal-assessments',
        depth: 1,
        draft: true,
        where: { report: { equals: reportId } },
      })
    ).docs as GoalAssessment[]
    const of = (title: string) =>
      assessments.find((a) => typeof a.goal === 'object' && a.goal.title === title)?.id ?? -1
    await payload.update({
      collection: 'goal-assessments',
      data: { assessment: 'unknown' },
      draft: true,
      id: of('Fler läser varje dag'),
    })
    await payload.update({
      collection: 'goal-assessments',
      data: { responsible: colleague.id },
      draft: true,
      id: of('Tryggare äldreomsorg'),
    })
    const remind = async () => {
      await payload.jobs.queue({ input: {}, queue: 'daily', task: REMIND_FOLLOW_UP })
      await run('daily')
    }
    // Far from the deadline: nothing.
    await remind()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages).toHaveLength(1)
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString()
    await payload.update({
      collection: 'follow-up-reports',
      data: { deadline: inTwoDays },
      draft: true,
      id: reportId,
    })
    await remind()
    await waitForMail(2)
    expect(smtp.messages).toHaveLength(2)
    const reminder = smtp.messages[1]
    expect(reminder.to).toMatchObject({ text: 'kollega@exempelby.se' })
    expect(reminder.subject).toContain('Påminnelse: Årsredovisning 2029 – bedöm 1 mål')
    expect(reminder.text).toContain('- Tryggare äldreomsorg')
    expect(reminder.text).not.toContain('Fler läser varje dag')
    await remind()
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.messages).toHaveLength(2)
  })
})
