import type { Payload } from 'payload'

import type { Goal, User } from '../../host/payload-types'

import { createLocalReq, docAccessOperation } from 'payload'

import { placeholderImage } from '../../host/seed/placeholderFiles'
import { seedHedemora } from '../../host/seed/seedHedemora'
import { reviewDocument, WorkflowRefused } from '../../src'
import { createNextYearPlan } from '../../src/editions/createNextYearPlan'
import { scheduleWithinReview } from '../../src/workflow/scheduleWithinReview'
import { onPostgres } from '../helpers/postgres'
import { startTestPayload, type TestPayload, staffUser } from '../helpers/testPayload'

type Action = Parameters<typeof reviewDocument>[1]['action']

describe('review before publishing (Local API)', () => {
  let test: TestPayload
  let payload: Payload
  let admin: User
  let editor: User
  let reviewer: User
  let secondReviewer: User
  let goalId: number

  const asStaff = staffUser
  const step = (
    user: User,
    action: Action,
    extra: {
      collection?: 'budget-plans' | 'focus-areas' | 'goals'
      comment?: string
      id?: number | string
      publishAt?: string
    } = {},
  ) =>
    reviewDocument(payload, {
      action,
      collection: extra.collection ?? 'goals',
      comment: extra.comment,
      id: extra.id ?? goalId,
      publishAt: extra.publishAt,
      user: asStaff(user),
    })
  /** What an anonymous reader gets of the goal (undefined when it is not public). */
  const publicTitle = async (id: number | string = goalId) =>
    (
      await payload.find({
        collection: 'goals',
        overrideAccess: false,
        where: { id: { equals: id } },
      })
    ).docs[0]?.title
  const draftOf = async (id = goalId) =>
    (await payload.findByID({ id, collection: 'goals', depth: 0, draft: true })) as Goal
  const editDraft = (user: User, title: string, id = goalId) =>
    payload.update({
      id,
      collection: 'goals',
      data: { title },
      draft: true,
      overrideAccess: false,
      user,
    })

  beforeAll(async () => {
    test = await startTestPayload('workflow')
    payload = test.payload
    await seedHedemora(payload)
    // The first account becomes admin; the roles under test come after it.
    admin = (await payload.create({
      collection: 'users',
      data: { email: 'admin@hedemora.se', password: 'lösen-123456789', roles: ['admin'] },
    })) as User
    const account = (email: string, role: 'editor' | 'reviewer') =>
      payload.create({
        collection: 'users',
        data: { email, password: 'lösen-123456789', roles: [role] },
      })
    editor = (await account('red@hedemora.se', 'editor')) as User
    reviewer = (await account('gr@hedemora.se', 'reviewer')) as User
    secondReviewer = (await account('gr2@hedemora.se', 'reviewer')) as User
    goalId = (await payload.find({ collection: 'goals', limit: 1 })).docs[0].id as number
    // No setting is touched: review before publishing is on by default.
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should keep a published goal public when an editor saves a draft and then saves plainly (the two-save unpublish)', async () => {
    const before = await publicTitle()
    expect(before).toBeTruthy()
    await editDraft(editor, 'Utkast x')
    // A plain save (no `draft`) builds on the latest draft: it must not write over the public row.
    const plain = await payload.update({
      id: goalId,
      collection: 'goals',
      data: { title: 'Utkast y' },
      overrideAccess: false,
      user: editor,
    })
    expect(plain._status).toBe('draft')
    expect(await publicTitle()).toBe(before)
    expect((await draftOf()).title).toBe('Utkast y')
    // Nor by filter (bulk), nor with an empty update, nor as admin or reviewer.
    for (const user of [editor, reviewer, admin]) {
      await payload.update({
        collection: 'goals',
        data: {},
        overrideAccess: false,
        user,
        where: { id: { equals: goalId } },
      })
      await payload.update({ id: goalId, collection: 'goals', data: {}, user })
    }
    expect(await publicTitle()).toBe(before)
  })

  it('should refuse every publish by a save — editor, reviewer and admin — and let only an approval publish', async () => {
    for (const user of [editor, reviewer, admin]) {
      await expect(
        payload.update({
          id: goalId,
          collection: 'goals',
          data: { _status: 'published', title: 'Rakt ut' },
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.create({
          collection: 'focus-areas',
          data: { _status: 'published', order: 9, slug: 'nytt-omrade', title: 'Nytt område' },
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const { docs: versions } = await payload.findVersions({
      collection: 'goals',
      limit: 1,
      where: { parent: { equals: goalId }, 'version._status': { equals: 'published' } },
    })
    for (const user of [editor, admin]) {
      await expect(
        payload.restoreVersion({ id: versions[0].id, collection: 'goals', user }),
      ).rejects.toMatchObject({ status: 403 })
    }
    // A duplicate of a published goal is a draft, not a second public goal.
    const copy = await payload.duplicate({ id: goalId, collection: 'goals', user: editor })
    expect(copy._status).toBe('draft')
    expect(await publicTitle(copy.id)).toBeUndefined()
    await payload.delete({ id: copy.id, collection: 'goals', user: editor })
  })

  it('should not let an editor take published content down, but let a reviewer', async () => {
    await expect(
      payload.update({
        id: goalId,
        collection: 'goals',
        data: { _status: 'draft' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/kan du inte avpublicera/)
    const initiative = (
      await payload.find({
        collection: 'initiatives',
        limit: 1,
        where: { _status: { equals: 'published' } },
      })
    ).docs[0]
    await expect(
      payload.delete({ id: initiative.id, collection: 'initiatives', user: editor }),
    ).rejects.toThrow(/kan du inte ta bort publicerat innehåll/)
    // By filter, the published document stays (the rule answers per document).
    const bulk = await payload.delete({
      collection: 'initiatives',
      user: editor,
      where: { id: { equals: initiative.id } },
    })
    expect(bulk.docs).toHaveLength(0)
    expect(
      await payload.count({ collection: 'initiatives', where: { id: { equals: initiative.id } } }),
    ).toMatchObject({ totalDocs: 1 })
    // The editor's own drafts are theirs to delete.
    const own = await payload.create({
      collection: 'initiatives',
      data: { plan: initiative.plan, status: 'planned', title: 'Felskrivet utkast' },
      overrideAccess: false,
      user: editor,
    })
    expect(own._status).toBe('draft')
    await payload.delete({
      id: own.id,
      collection: 'initiatives',
      overrideAccess: false,
      user: editor,
    })
  })

  it('should offer "Publicera" and "Schemalägg" to nobody, and "Ta bort" on published content only to reviewers', async () => {
    const ask = async (user: User, data?: object) =>
      docAccessOperation({
        id: goalId,
        collection: payload.collections.goals,
        data,
        req: await createLocalReq({ user: asStaff(user) }, payload),
      })
    for (const user of [editor, reviewer, admin]) {
      expect(Boolean((await ask(user, { _status: 'published' })).update)).toBe(false)
    }
    expect(Boolean((await ask(editor)).delete)).toBe(false)
    expect(Boolean((await ask(reviewer)).delete)).toBe(true)
  })

  it('should schedule no publish through the admin’s server function, an unpublish only for reviewers', async () => {
    const schedule = async (user: User, type: 'publish' | 'unpublish') => {
      const req = await createLocalReq({ user: asStaff(user) }, payload)
      return scheduleWithinReview({
        cookies: new Map(),
        date: new Date(Date.now() + 86_400_000),
        doc: { relationTo: 'goals', value: String(goalId) },
        importMap: {},
        locale: undefined,
        permissions: { canAccessAdmin: true, collections: {}, globals: {} },
        req,
        type,
        user: req.user,
      })
    }
    const queued = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'schedulePublish' }, processing: { equals: false } },
        })
      ).totalDocs
    const before = await queued()
    for (const user of [editor, reviewer]) {
      expect(await schedule(user, 'publish')).toMatchObject({
        error: expect.stringContaining('Granskning före publicering är påslagen'),
      })
    }
    expect(await schedule(editor, 'unpublish')).toHaveProperty('error')
    expect(await queued()).toBe(before)
    expect(await schedule(reviewer, 'unpublish')).not.toHaveProperty('error')
    expect(await queued()).toBe(before + 1)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' }, processing: { equals: false } },
    })
    await payload.delete({
      collection: 'payload-jobs',
      where: { id: { in: docs.map((d) => d.id) } },
    })
  })

  it('should take each step only for the right role and from the right state, and publish what was submitted', async () => {
    const published = await publicTitle()
    await editDraft(editor, 'Förslag från redaktören')
    await expect(step(editor, 'approve')).rejects.toMatchObject({ status: 403 })
    await expect(step(reviewer, 'approve')).rejects.toMatchObject({ status: 409 })
    await expect(step(editor, 'submit')).resolves.toMatchObject({
      doc: { reviewState: 'in_review' },
    })
    await expect(step(editor, 'return', { comment: 'Nej' })).rejects.toMatchObject({ status: 403 })
    await expect(step(reviewer, 'return')).rejects.toBeInstanceOf(WorkflowRefused)
    await expect(step(reviewer, 'return', { comment: 'Korta rubriken.' })).resolves.toMatchObject({
      doc: { reviewState: 'returned' },
    })
    expect(await publicTitle()).toBe(published)
    await step(editor, 'submit', { comment: 'Kortad.' })
    await expect(step(reviewer, 'approve')).resolves.toMatchObject({ published: true })
    expect(await publicTitle()).toBe('Förslag från redaktören')
    const goal = await draftOf()
    expect(goal.reviewState).toBe('approved')
    expect(goal.reviewLog?.slice(-4).map((e) => [e.from, e.to, e.comment ?? null])).toEqual([
      ['draft', 'in_review', null],
      ['in_review', 'returned', 'Korta rubriken.'],
      ['returned', 'in_review', 'Kortad.'],
      ['in_review', 'approved', null],
    ])
  })

  it('should send a document changed after submission back to draft, so no unreviewed edit is approved', async () => {
    await editDraft(editor, 'Inskickad rubrik')
    await step(editor, 'submit')
    await editDraft(editor, 'Ändrad efter inskick')
    const changed = await draftOf()
    expect(changed.reviewState).toBe('draft')
    expect(changed.reviewLog?.at(-1)?.comment).toMatch(/Ändrat efter att det skickades/)
    await expect(step(reviewer, 'approve')).rejects.toMatchObject({ status: 409 })
    // A save that changes nothing (an autosave of the same form) keeps it in review.
    await step(editor, 'submit')
    await payload.update({
      id: goalId,
      autosave: true,
      collection: 'goals',
      data: { title: 'Ändrad efter inskick' },
      draft: true,
      user: editor,
    })
    expect((await draftOf()).reviewState).toBe('in_review')
    await step(reviewer, 'approve')
    expect(await publicTitle()).toBe('Ändrad efter inskick')
  })

  it('should refuse a reviewer approving their own submission, and let another reviewer approve it', async () => {
    await editDraft(reviewer, 'Granskarens egen text')
    await step(reviewer, 'submit')
    await expect(step(reviewer, 'approve')).rejects.toMatchObject({
      message: expect.stringMatching(/en annan granskare/),
      status: 403,
    })
    await step(secondReviewer, 'approve')
    expect(await publicTitle()).toBe('Granskarens egen text')
  })

  it('should publish at the chosen time exactly the approved version, keeping a later edit as a draft', async () => {
    await editDraft(editor, 'Publiceras strax')
    await expect(
      step(editor, 'submit', { publishAt: new Date(Date.now() + 60_000).toISOString() }),
    ).rejects.toMatchObject({ status: 400 })
    await step(editor, 'submit')
    await expect(
      step(reviewer, 'approve', { publishAt: new Date(Date.now() - 60_000).toISOString() }),
    ).rejects.toMatchObject({ status: 400 })
    const at = new Date(Date.now() + 1500).toISOString()
    await expect(step(reviewer, 'approve', { publishAt: at })).resolves.toMatchObject({
      published: false,
      scheduledAt: at,
    })
    const before = await publicTitle()
    // The editor changes the title after the approval: that title was never reviewed.
    await editDraft(editor, 'Ogranskad rubrik')
    expect((await draftOf()).reviewState).toBe('draft')
    await payload.jobs.run()
    expect(await publicTitle()).toBe(before)
    await new Promise((r) => setTimeout(r, 1700))
    await payload.jobs.run()
    expect(await publicTitle()).toBe('Publiceras strax')
    const latest = await draftOf()
    expect(latest.title).toBe('Ogranskad rubrik')
    expect(latest.reviewState).toBe('draft')
  })

  it('should let a reviewer call back a scheduled approval and take a page down', async () => {
    await step(editor, 'submit')
    await step(reviewer, 'approve', { publishAt: new Date(Date.now() + 1000).toISOString() })
    await expect(step(editor, 'unschedule')).rejects.toMatchObject({ status: 403 })
    await expect(step(reviewer, 'unschedule')).resolves.toMatchObject({
      doc: { reviewState: 'in_review' },
    })
    await new Promise((r) => setTimeout(r, 1200))
    await payload.jobs.run()
    expect(await publicTitle()).toBe('Publiceras strax')
    await expect(step(editor, 'unpublish')).rejects.toMatchObject({ status: 403 })
    await step(reviewer, 'unpublish', { comment: 'Fel uppgifter' })
    expect(await publicTitle()).toBeUndefined()
    await expect(step(reviewer, 'unpublish')).rejects.toMatchObject({ status: 409 })
    await editDraft(editor, 'Tillbaka')
    await step(editor, 'submit')
    await step(reviewer, 'approve')
    expect(await publicTitle()).toBe('Tillbaka')
  })

  it('should publish every scheduled approval that falls due in one run (all but one were taken off the site)', async () => {
    const found = await payload.find({
      collection: 'goals',
      depth: 0,
      limit: 4,
      overrideAccess: false,
      sort: 'id',
    })
    const docs = found.docs as Goal[]
    expect(docs.length).toBe(4)
    // Far enough ahead for the four approvals to be made on a slow database.
    const at = new Date(Date.now() + 8000).toISOString()
    for (const [i, goal] of docs.entries()) {
      await editDraft(editor, `Schemalagd samtidigt ${i}`, goal.id)
      await step(editor, 'submit', { id: goal.id })
      await step(reviewer, 'approve', { id: goal.id, publishAt: at })
    }
    await new Promise((r) => setTimeout(r, Date.parse(at) - Date.now() + 300))
    // Payload's runner runs the due jobs side by side.
    await payload.jobs.run()
    for (const [i, goal] of docs.entries()) {
      expect([goal.id, await publicTitle(goal.id)]).toEqual([goal.id, `Schemalagd samtidigt ${i}`])
      expect([goal.id, (await draftOf(goal.id)).reviewState]).toEqual([goal.id, 'approved'])
    }
  })

  it('should not publish a scheduled approval called back while the runner held its job', async () => {
    const goal = (await payload.find({ collection: 'goals', depth: 0, limit: 1, sort: '-id' }))
      .docs[0] as Goal
    const before = await publicTitle(goal.id)
    await editDraft(editor, 'Återkallad i sista stund', goal.id)
    await step(editor, 'submit', { id: goal.id })
    await step(reviewer, 'approve', {
      id: goal.id,
      publishAt: new Date(Date.now() + 1000).toISOString(),
    })
    const jobOf = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'publishApproved' }, completedAt: { exists: false } },
        })
      ).docs.find((d) =>
        (d.input as { versions: { id: number }[] }).versions.some((v) => v.id === goal.id),
      )
    const jobId = (await jobOf())?.id as number
    expect(jobId).toBeDefined()
    // The runner has taken the job (so the call-back cannot remove it) when the reviewer calls it back.
    await payload.update({ id: jobId, collection: 'payload-jobs', data: { processing: true } })
    await step(secondReviewer, 'unschedule', { id: goal.id })
    await payload.update({ id: jobId, collection: 'payload-jobs', data: { processing: false } })
    await new Promise((r) => setTimeout(r, 1200))
    await payload.jobs.run()
    expect(await publicTitle(goal.id)).toBe(before)
    const done = await payload.findByID({ id: jobId, collection: 'payload-jobs' })
    expect(done).toMatchObject({
      error: { cancelled: true, message: expect.stringContaining('återkallats') },
    })
  })

  it('should cancel, once and with the reason, a scheduled publish of a goal deleted after its approval (it failed four times with errors)', async () => {
    const plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0].id
    const goal = await payload.create({
      collection: 'goals',
      data: { plan, title: 'Tas bort efter godkännandet' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await step(editor, 'submit', { id: goal.id })
    await step(reviewer, 'approve', {
      id: goal.id,
      publishAt: new Date(Date.now() + 1000).toISOString(),
    })
    await payload.delete({ collection: 'goals', id: goal.id })
    await new Promise((r) => setTimeout(r, 1200))
    const errors: unknown[] = []
    const logError = payload.logger.error.bind(payload.logger)
    payload.logger.error = ((...args: unknown[]) => {
      errors.push(args)
      return logError(...(args as Parameters<typeof logError>))
    }) as typeof payload.logger.error
    try {
      for (let run = 0; run < 3; run++) await payload.jobs.run()
    } finally {
      payload.logger.error = logError
    }
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'publishApproved' } },
    })
    const job = docs.find((d) =>
      (d.input as { versions: { id: number }[] }).versions.some((v) => v.id === goal.id),
    )
    expect(job).toMatchObject({
      error: {
        cancelled: true,
        message: expect.stringContaining('finns inte längre som den godkändes'),
      },
      hasError: true,
      processing: false,
      totalTried: 0,
    })
    expect(errors).toEqual([])
  })

  it('should let a delete stand, and log why, when another server holds the document past the wait', async () => {
    const plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0].id
    const goal = await payload.create({
      collection: 'goals',
      data: { plan, title: 'Tas bort under en annans steg' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    // What a step on another server (or one that stopped mid-step) leaves while it runs.
    const lease = await payload.create({
      collection: 'job-leases',
      data: { holder: 'another-server:1', key: `hold:goals:${goal.id}` },
    })
    const warnings: string[] = []
    const warn = payload.logger.warn.bind(payload.logger)
    payload.logger.warn = ((...args: unknown[]) => {
      warnings.push(args.map(String).join(' '))
      return warn(...(args as Parameters<typeof warn>))
    }) as typeof payload.logger.warn
    try {
      const deleted = await payload.delete({
        collection: 'goals',
        id: goal.id,
        overrideAccess: false,
        user: editor,
      })
      expect(deleted.id).toBe(goal.id)
    } finally {
      payload.logger.warn = warn
      await payload.delete({ collection: 'job-leases', id: lease.id })
    }
    expect(
      await payload.findByID({
        collection: 'goals',
        disableErrors: true,
        draft: true,
        id: goal.id,
      }),
    ).toBeNull()
    // SQLite settles a delete after it is written (PostgreSQL holds it in its transaction).
    if (!onPostgres())
      expect(warnings).toContainEqual(
        expect.stringContaining(`Not settled after the delete of goals:${goal.id}`),
      )
  })

  it('should publish what a new plan carries only as submitted with it', async () => {
    const source = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0]
    const next = await createNextYearPlan(payload, source.id, { user: asStaff(editor) })
    const nextId = Number(next.id)
    const carried = (
      await payload.find({
        collection: 'goals',
        draft: true,
        limit: 2,
        where: { plan: { equals: next.id } },
      })
    ).docs
    await step(editor, 'submit', { collection: 'budget-plans', id: nextId })
    // A carried-over goal edited after the plan was sent: the approval refuses, publishes nothing.
    await editDraft(editor, 'Ändrat mål', carried[0].id as number)
    await expect(
      step(reviewer, 'approve', { collection: 'budget-plans', id: nextId }),
    ).rejects.toMatchObject({ status: 409 })
    expect(await publicTitle(carried[1].id)).toBeUndefined()
    await step(editor, 'submit', { collection: 'budget-plans', id: nextId })
    await step(reviewer, 'approve', { collection: 'budget-plans', id: nextId })
    expect(await publicTitle(carried[0].id)).toBe('Ändrat mål')
    expect(await publicTitle(carried[1].id)).toBe(carried[1].title)
  })

  it('should keep images under review: an editor’s new alt text waits, a new image goes public with the plan that shows it', async () => {
    const plan = (await payload.find({ collection: 'budget-plans', depth: 0, limit: 1 })).docs[0]
    const heroId = plan.heroImage as number
    const publicAlt = async (id: number | string) =>
      (
        await payload.find({
          collection: 'media',
          overrideAccess: false,
          where: { id: { equals: id } },
        })
      ).docs[0]?.alt
    const alt = await publicAlt(heroId)
    await payload.update({
      id: heroId,
      collection: 'media',
      data: { alt: 'Ogranskad alternativtext' },
      overrideAccess: false,
      user: editor,
    })
    expect(await publicAlt(heroId)).toBe(alt)
    await expect(
      payload.update({
        id: heroId,
        collection: 'media',
        data: { _status: 'published', alt: 'Rakt ut' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const data = await placeholderImage()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Brevlådor vid en äng i Hedemora' },
      file: { data, mimetype: 'image/jpeg', name: 'ny-bild.jpg', size: data.length },
      overrideAccess: false,
      user: editor,
    })
    expect(image._status).toBe('draft')
    await payload.update({
      id: plan.id,
      collection: 'budget-plans',
      data: { heroImage: image.id },
      overrideAccess: false,
      user: editor,
    })
    await step(editor, 'submit', { collection: 'budget-plans', id: plan.id })
    expect(await publicAlt(image.id)).toBeUndefined()
    await step(reviewer, 'approve', { collection: 'budget-plans', id: plan.id })
    expect(await publicAlt(image.id)).toBe('Brevlådor vid en äng i Hedemora')
    const shown = await payload.findByID({
      id: plan.id,
      collection: 'budget-plans',
      depth: 0,
      overrideAccess: false,
    })
    expect(shown.heroImage).toBe(image.id)
  })

  it('should put focus areas under review too', async () => {
    const area = (await payload.find({ collection: 'focus-areas', limit: 1 })).docs[0]
    await payload.update({
      id: area.id,
      collection: 'focus-areas',
      data: { description: 'Granskad beskrivning' },
      overrideAccess: false,
      user: editor,
    })
    await step(editor, 'submit', { collection: 'focus-areas', id: area.id })
    await step(reviewer, 'approve', { collection: 'focus-areas', id: area.id })
    const read = await payload.findByID({
      id: area.id,
      collection: 'focus-areas',
      overrideAccess: false,
    })
    expect(read.description).toBe('Granskad beskrivning')
  })

  it('should not let a publish an editor or reviewer scheduled with Payload’s own task happen', async () => {
    const before = await publicTitle()
    await editDraft(editor, 'Schemalagt förbi granskningen')
    for (const user of [editor, reviewer]) {
      await payload.jobs.queue({
        input: {
          doc: { relationTo: 'goals', value: goalId },
          type: 'publish',
          user: { relationTo: 'users', value: user.id },
        },
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
      })
    }
    await payload.jobs.run()
    expect(await publicTitle()).toBe(before)
  })

  it('should let editors publish as before when an admin turns review off', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: false } })
    try {
      const published = await payload.update({
        id: goalId,
        collection: 'goals',
        data: { _status: 'published', title: 'Redaktören publicerar själv' },
        overrideAccess: false,
        user: editor,
      })
      expect(published.title).toBe('Redaktören publicerar själv')
      expect(published.reviewState).toBe('approved')
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: true } })
    }
  })
})
