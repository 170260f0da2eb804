import type { Payload } from 'payload'

import type { BudgetPlan, Initiative, User } from '../../host/payload-types'

import { runDueJobs } from '../../src/jobs/runDueJobs'
import { stockholmDay } from '../../src/lib/pageUpdatedText'
import { richTextFromParagraphs } from '../../src/lib/richText'
import { seedHedemora } from '../../host/seed/seedHedemora'
import { attachTestPayload, startTestPayload, type TestPayload } from '../helpers/testPayload'

const today = () => stockholmDay(new Date())
/** Each call a new runner tick, so consecutive runs in one test are not taken for one tick. */
let tick = 0
const runJobs = (payload: Payload) =>
  runDueJobs(payload, 5, { now: new Date(Date.now() + 3_600_000 + 5000 * ++tick) })

describe('publishing lifecycle', () => {
  let test: TestPayload
  let payload: Payload
  let editor: User
  let planId: BudgetPlan['id']

  const pageUpdated = async (): Promise<string> => {
    const plan = await payload.findByID({
      id: planId,
      collection: 'budget-plans',
      overrideAccess: false,
    })
    return plan.pageUpdatedAt ?? ''
  }
  const publicTitles = async (): Promise<string[]> =>
    (
      await payload.find({
        collection: 'initiatives',
        limit: 0,
        overrideAccess: false,
        sort: 'order',
      })
    ).docs.map((d) => d.title)
  const firstInitiative = async (): Promise<Initiative> =>
    (await payload.find({ collection: 'initiatives', limit: 1, sort: 'order' }))
      .docs[0] as Initiative
  const resetStamp = async () =>
    payload.db.updateOne({
      id: planId,
      collection: 'budget-plans',
      data: { pageUpdatedAt: '2021-03-10T11:00:00.000Z' },
    })

  beforeAll(async () => {
    test = await startTestPayload('lifecycle')
    payload = test.payload
    await seedHedemora(payload)
    editor = (await payload.create({
      collection: 'users',
      data: { email: 'redaktor@hedemora.se', password: 'lösen-123456', roles: ['editor'] },
    })) as User
    planId = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0].id as number
    // The lifecycle of a site that publishes without review (review: test/int/workflow.test.ts).
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: false } })
  })

  afterAll(async () => {
    await test.destroy()
  })

  beforeEach(resetStamp)

  it('should keep the seeded date through the named context flag', async () => {
    const plan = await payload.findByID({
      id: planId,
      collection: 'budget-plans',
      overrideAccess: false,
    })
    expect(plan.pageUpdatedText).toBe('Sida uppdaterad 2021-03-10')
  })

  it('should not move "Sida uppdaterad" or the public text on a draft save or an autosave', async () => {
    const initiative = await firstInitiative()
    await payload.update({
      id: initiative.id,
      collection: 'initiatives',
      data: { title: 'Utkast 1' },
      draft: true,
      user: editor,
    })
    await payload.update({
      id: initiative.id,
      autosave: true,
      collection: 'initiatives',
      data: { title: 'Utkast 2' },
      draft: true,
      user: editor,
    })
    expect(await pageUpdated()).toBe('2021-03-10T11:00:00.000Z')
    expect((await publicTitles())[0]).toBe(initiative.title)
  })

  it('should move it to today when the change is published, and record who published', async () => {
    const initiative = await firstInitiative()
    const published = await payload.update({
      id: initiative.id,
      collection: 'initiatives',
      data: { _status: 'published', title: 'Bygga fler bostäder' },
      overrideAccess: false,
      user: editor,
    })
    expect(stockholmDay(await pageUpdated())).toBe(today())
    expect((await publicTitles())[0]).toBe('Bygga fler bostäder')
    expect(published.publishedBy).toMatchObject({ id: editor.id })
    const versions = await payload.findVersions({
      collection: 'initiatives',
      sort: '-updatedAt',
      where: { parent: { equals: initiative.id } },
    })
    const latest = versions.docs[0].version
    expect(latest._status).toBe('published')
    expect(
      typeof latest.publishedBy === 'object' ? latest.publishedBy?.id : latest.publishedBy,
    ).toBe(editor.id)
    expect(latest.publishedAt).toBeTruthy()
  })

  it('should not move it for a change the public cannot see', async () => {
    await payload.update({
      id: planId,
      collection: 'budget-plans',
      data: { pageOwner: editor.id, reviewBy: '2030-01-01T00:00:00.000Z' },
    })
    expect(await pageUpdated()).toBe('2021-03-10T11:00:00.000Z')
  })

  it('should move it when a savings measure is unpublished, a focus area renamed, or an initiative deleted', async () => {
    const measure = (await payload.find({ collection: 'savings-measures', limit: 1 })).docs[0]
    await payload.update({
      id: measure.id,
      collection: 'savings-measures',
      data: { _status: 'draft' },
    })
    expect(stockholmDay(await pageUpdated())).toBe(today())
    expect(
      (await payload.find({ collection: 'savings-measures', overrideAccess: false })).totalDocs,
    ).toBe(4)

    await resetStamp()
    const area = (
      await payload.find({ collection: 'focus-areas', where: { slug: { equals: 'miljo' } } })
    ).docs[0]
    await payload.update({
      id: area.id,
      collection: 'focus-areas',
      data: { title: 'Miljö och klimat' },
    })
    expect(stockholmDay(await pageUpdated())).toBe(today())

    await resetStamp()
    const last = (await payload.find({ collection: 'initiatives', limit: 1, sort: '-order' }))
      .docs[0]
    await payload.delete({ id: last.id, collection: 'initiatives' })
    expect(stockholmDay(await pageUpdated())).toBe(today())
  })

  it('should publish on schedule through the jobs queue, and a cancelled schedule should do nothing', async () => {
    const initiative = (
      await payload.find({
        collection: 'initiatives',
        limit: 1,
        sort: 'order',
        where: { order: { equals: 1 } },
      })
    ).docs[0]
    await payload.update({
      id: initiative.id,
      collection: 'initiatives',
      data: { title: 'Schemalagd rubrik' },
      draft: true,
    })
    const other = (
      await payload.find({ collection: 'initiatives', limit: 1, where: { order: { equals: 2 } } })
    ).docs[0]
    await payload.update({
      id: other.id,
      collection: 'initiatives',
      data: { title: 'Avbokad rubrik' },
      draft: true,
    })

    const waitUntil = new Date(Date.now() + 1500)
    const user = { relationTo: 'users' as const, value: editor.id }
    await payload.jobs.queue({
      input: {
        doc: { relationTo: 'initiatives', value: initiative.id },
        type: 'publish',
        user,
      },
      task: 'schedulePublish',
      waitUntil,
    })
    const cancelled = await payload.jobs.queue({
      input: { doc: { relationTo: 'initiatives', value: other.id }, type: 'publish', user },
      task: 'schedulePublish',
      waitUntil,
    })
    await payload.delete({ id: cancelled.id, collection: 'payload-jobs' })

    await runJobs(payload)
    expect(await publicTitles()).not.toContain('Schemalagd rubrik')
    await new Promise((r) => setTimeout(r, 1600))
    await runJobs(payload)
    const titles = await publicTitles()
    expect(titles).toContain('Schemalagd rubrik')
    expect(titles).not.toContain('Avbokad rubrik')
    expect(stockholmDay(await pageUpdated())).toBe(today())
  })

  it('should retry a failing scheduled publish, then show it as failed and leave the page as it was', async () => {
    const broken = await payload.create({
      collection: 'initiatives',
      // A draft may be unfinished (no title yet); publishing it fails.
      data: { plan: planId, status: 'ongoing' },
      draft: true,
    })
    const job = await payload.jobs.queue({
      input: { doc: { relationTo: 'initiatives', value: broken.id }, type: 'publish' },
      task: 'schedulePublish',
    })
    for (let i = 0; i < 6; i++) await runJobs(payload)
    const failed = await payload.findByID({ id: job.id, collection: 'payload-jobs' })
    expect(failed.hasError).toBe(true)
    expect(failed.totalTried).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(failed.log ?? failed.error)).toMatch(/title|Insats/)
    expect(
      (
        await payload.find({
          collection: 'initiatives',
          overrideAccess: false,
          where: { id: { equals: broken.id } },
        })
      ).docs,
    ).toEqual([])
    expect(await pageUpdated()).toBe('2021-03-10T11:00:00.000Z')
    const stored = await payload.findByID({ id: broken.id, collection: 'initiatives' })
    expect(stored._status).toBe('draft')
  })

  it('should never run a job twice when two server processes share the database', async () => {
    const second = await attachTestPayload(test.databaseUrl, test.uploadDir)
    try {
      const targets = (await payload.find({ collection: 'goals', limit: 4 })).docs
      for (const goal of targets) {
        await payload.update({
          id: goal.id,
          collection: 'goals',
          data: { description: 'Ny beskrivning' },
          draft: true,
        })
        await payload.jobs.queue({
          input: { doc: { relationTo: 'goals', value: goal.id }, type: 'publish' },
          task: 'schedulePublish',
        })
      }
      const before = await payload.countVersions({
        collection: 'goals',
        where: { 'version._status': { equals: 'published' } },
      })
      const now = new Date(Date.now() + 7_200_000)
      const reports = await Promise.all([
        runDueJobs(payload, 5, { now }),
        runDueJobs(second, 5, { now }),
        runDueJobs(payload, 5, { now }),
        runDueJobs(second, 5, { now }),
      ])
      expect(reports.filter((r) => r.ran)).toHaveLength(1)
      const after = await payload.countVersions({
        collection: 'goals',
        where: { 'version._status': { equals: 'published' } },
      })
      expect(after.totalDocs - before.totalDocs).toBe(targets.length)
      const jobs = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: true } },
      })
      expect(jobs.docs.every((j) => j.totalTried === 1 || j.totalTried === 0)).toBe(true)
    } finally {
      await second.destroy()
    }
  })

  it('should show a changed data-protection notice on the next read, with a new version', async () => {
    const before = await payload.findByID({
      id: planId,
      collection: 'budget-plans',
      overrideAccess: false,
    })
    expect(before.dataProtectionNotice).toMatchObject({ phone: '0225-34 000', version: 1 })
    expect(before.dataProtectionNotice?.text).toMatch(
      /^Information om hur Hedemora kommun behandlar/,
    )
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { dataProtectionNotice: richTextFromParagraphs(['Ny information om dataskydd.']) },
    })
    const after = await payload.findByID({
      id: planId,
      collection: 'budget-plans',
      overrideAccess: false,
    })
    expect(after.dataProtectionNotice).toMatchObject({
      text: 'Ny information om dataskydd.',
      version: 2,
    })
    expect(stockholmDay(after.dataProtectionNotice?.date ?? '')).toBe(today())
    const unchanged = await payload.updateGlobal({
      slug: 'site-settings',
      data: { contactPhone: '0225-34 001' },
    })
    expect(unchanged.noticeVersion).toBe(2)
  })

  it('should give the plan a review date 12 months after publishing', async () => {
    const plan: BudgetPlan = (await payload.update({
      id: planId,
      collection: 'budget-plans',
      data: { _status: 'published', reviewBy: null },
    })) as BudgetPlan
    const inAYear = new Date()
    inAYear.setMonth(inAYear.getMonth() + 12)
    expect(stockholmDay(plan.reviewBy ?? '')).toBe(stockholmDay(inAYear))
  })
})
