import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'

import { createLocalReq, docAccessOperation } from 'payload'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { reviewDocument, WorkflowRefused } from '../../src'
import { scheduleWithinReview } from '../../src/workflow/scheduleWithinReview'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

describe('publishing while review is on (Local API)', () => {
  let test: TestPayload
  let payload: Payload
  let editor: User
  let reviewer: User
  let goalId: number

  const title = async () =>
    (await payload.findByID({ id: goalId, collection: 'goals', depth: 0 })).title

  beforeAll(async () => {
    test = await startTestPayload('workflow')
    payload = test.payload
    await seedHedemora(payload)
    // The first account becomes admin; the roles under test come after it.
    await payload.create({
      collection: 'users',
      data: { email: 'admin@hedemora.se', password: 'lösen-123456789', roles: ['admin'] },
    })
    editor = await payload.create({
      collection: 'users',
      data: { email: 'red@hedemora.se', password: 'lösen-123456789', roles: ['editor'] },
    })
    reviewer = await payload.create({
      collection: 'users',
      data: { email: 'gr@hedemora.se', password: 'lösen-123456789', roles: ['reviewer'] },
    })
    goalId = (await payload.find({ collection: 'goals', limit: 1 })).docs[0].id
    // No setting is touched: review before publishing is on by default.
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should refuse an editor’s publish with a user, let a reviewer publish, and keep drafts free', async () => {
    await expect(
      payload.update({
        id: goalId,
        collection: 'goals',
        data: { _status: 'published', title: 'Redaktören publicerar' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const draft = await payload.update({
      id: goalId,
      collection: 'goals',
      data: { title: 'Redaktörens utkast' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(draft._status).toBe('draft')
    expect(await title()).not.toBe('Redaktörens utkast')
    const published = await payload.update({
      id: goalId,
      collection: 'goals',
      data: { _status: 'published', title: 'Granskarens rubrik' },
      overrideAccess: false,
      user: reviewer,
    })
    expect(published.reviewState).toBe('approved')
  })

  it('should refuse an editor’s publish by every other route too: create, a plain save of a published document, a restored version', async () => {
    await expect(
      payload.create({
        collection: 'focus-areas',
        data: { _status: 'published', order: 9, slug: 'nytt-omrade', title: 'Nytt område' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Saving a published document without "draft" writes the published document itself.
    await expect(
      payload.update({
        id: goalId,
        collection: 'goals',
        data: { title: 'Rakt ut utan granskning' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const { docs: versions } = await payload.findVersions({
      collection: 'goals',
      limit: 1,
      where: { parent: { equals: goalId }, 'version._status': { equals: 'published' } },
    })
    await expect(
      payload.restoreVersion({
        id: versions[0].id,
        collection: 'goals',
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow()
    expect(await title()).toBe('Granskarens rubrik')
  })

  it('should not let an editor take published content down, but let them delete their own drafts', async () => {
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
      payload.delete({
        id: initiative.id,
        collection: 'initiatives',
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/kan du inte ta bort publicerat innehåll/)
    await expect(
      payload.delete({
        collection: 'initiatives',
        overrideAccess: false,
        user: editor,
        where: { id: { equals: initiative.id } },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(
      (
        await payload.find({
          collection: 'initiatives',
          overrideAccess: false,
          where: { id: { equals: initiative.id } },
        })
      ).totalDocs,
    ).toBe(1)
    expect((await payload.findByID({ id: goalId, collection: 'goals' }))._status).toBe('published')
    const own = await payload.create({
      collection: 'initiatives',
      data: {
        _status: 'draft',
        plan: initiative.plan,
        status: 'planned',
        title: 'Felskrivet utkast',
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await payload.delete({
      id: own.id,
      collection: 'initiatives',
      overrideAccess: false,
      user: editor,
    })
  })

  it('should not offer an editor "Publicera" or "Schemalägg" — the access the admin asks says no', async () => {
    // Payload leaves a denied operation out of the permissions it returns.
    const ask = async (user: User) =>
      Boolean(
        (
          await docAccessOperation({
            id: goalId,
            collection: payload.collections.goals,
            data: { _status: 'published' },
            req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload),
          })
        ).update,
      )
    expect(await ask(editor)).toBe(false)
    expect(await ask(reviewer)).toBe(true)
    // Nor "Ta bort" on a published document.
    const mayDelete = async (user: User) =>
      Boolean(
        (
          await docAccessOperation({
            id: goalId,
            collection: payload.collections.goals,
            req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload),
          })
        ).delete,
      )
    expect(await mayDelete(editor)).toBe(false)
    expect(await mayDelete(reviewer)).toBe(true)
  })

  it('should refuse an editor’s scheduling through the admin’s server function, and queue a reviewer’s', async () => {
    const schedule = async (user: User, type: 'publish' | 'unpublish') => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
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
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'schedulePublish' }, processing: { equals: false } },
        })
      ).totalDocs
    const before = await queued()
    for (const type of ['publish', 'unpublish'] as const) {
      expect(await schedule(editor, type)).toMatchObject({
        error: expect.stringContaining('Granskning före publicering är påslagen'),
      })
    }
    expect(await queued()).toBe(before)
    expect(await schedule(reviewer, 'publish')).not.toHaveProperty('error')
    expect(await queued()).toBe(before + 1)
  })

  it('should take every step by the Local API only for the right role and from the right state', async () => {
    const step = (user: User, action: 'approve' | 'return' | 'submit', comment?: string) =>
      reviewDocument(payload, {
        action,
        collection: 'goals',
        comment,
        id: goalId,
        user: { ...user, collection: 'users' },
      })
    await payload.update({
      id: goalId,
      collection: 'goals',
      data: { title: 'Förslag från redaktören' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await expect(step(editor, 'approve')).rejects.toMatchObject({ status: 403 })
    await expect(step(reviewer, 'approve')).rejects.toMatchObject({ status: 409 })
    await expect(step(editor, 'submit')).resolves.toMatchObject({
      doc: { reviewState: 'in_review' },
    })
    await expect(step(editor, 'submit')).rejects.toMatchObject({ status: 409 })
    await expect(step(editor, 'return', 'Nej')).rejects.toMatchObject({ status: 403 })
    await expect(step(reviewer, 'return')).rejects.toBeInstanceOf(WorkflowRefused)
    await expect(step(reviewer, 'return', 'Korta rubriken.')).resolves.toMatchObject({
      doc: { reviewState: 'returned' },
    })
    expect(await title()).toBe('Granskarens rubrik')
    await step(editor, 'submit', 'Kortad.')
    await expect(step(reviewer, 'approve')).resolves.toMatchObject({ published: true })
    expect(await title()).toBe('Förslag från redaktören')
    const goal = await payload.findByID({ id: goalId, collection: 'goals', depth: 0 })
    expect(goal.reviewState).toBe('approved')
    expect(goal.reviewLog?.map((e) => [e.from, e.to, e.comment ?? null])).toEqual([
      ['draft', 'in_review', null],
      ['in_review', 'returned', 'Korta rubriken.'],
      ['returned', 'in_review', 'Kortad.'],
      ['in_review', 'approved', null],
    ])
  })

  it('should publish a reviewer’s approval at the time chosen, and refuse a time already past', async () => {
    const move = (user: User, action: 'approve' | 'submit', publishAt?: string) =>
      reviewDocument(payload, {
        action,
        collection: 'goals',
        id: goalId,
        publishAt,
        user: { ...user, collection: 'users' },
      })
    await payload.update({
      id: goalId,
      collection: 'goals',
      data: { title: 'Publiceras strax' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    await expect(
      move(editor, 'submit', new Date(Date.now() + 60_000).toISOString()),
    ).rejects.toMatchObject({ status: 400 })
    await move(editor, 'submit')
    await expect(
      move(reviewer, 'approve', new Date(Date.now() - 60_000).toISOString()),
    ).rejects.toMatchObject({ status: 400 })
    const at = new Date(Date.now() + 1500).toISOString()
    await expect(move(reviewer, 'approve', at)).resolves.toMatchObject({
      published: false,
      scheduledAt: at,
    })
    await payload.jobs.run()
    expect(await title()).not.toBe('Publiceras strax')
    await new Promise((r) => setTimeout(r, 1700))
    await payload.jobs.run()
    expect(await title()).toBe('Publiceras strax')
  })

  it('should put focus areas under review too', async () => {
    const area = (await payload.find({ collection: 'focus-areas', limit: 1 })).docs[0]
    await expect(
      payload.update({
        id: area.id,
        collection: 'focus-areas',
        data: { _status: 'published', description: 'Ändrad utan granskning' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.update({
      id: area.id,
      collection: 'focus-areas',
      data: { description: 'Granskad beskrivning' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const step = (user: User, action: 'approve' | 'submit') =>
      reviewDocument(payload, {
        action,
        collection: 'focus-areas',
        id: area.id,
        user: { ...user, collection: 'users' },
      })
    await step(editor, 'submit')
    await step(reviewer, 'approve')
    const read = await payload.findByID({
      id: area.id,
      collection: 'focus-areas',
      overrideAccess: false,
    })
    expect(read.description).toBe('Granskad beskrivning')
  })

  it('should not let a publish an editor scheduled happen while review is on', async () => {
    const before = await title()
    await payload.jobs.queue({
      input: {
        doc: { relationTo: 'goals', value: goalId },
        type: 'publish',
        user: { relationTo: 'users', value: editor.id },
      },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.update({
      id: goalId,
      collection: 'goals',
      data: { title: 'Schemalagt av redaktör' },
      draft: true,
    })
    await payload.jobs.run()
    expect(await title()).toBe(before)
  })

  it('should let editors publish as today when an admin turns review off', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: false } })
    const published = await payload.update({
      id: goalId,
      collection: 'goals',
      data: { _status: 'published', title: 'Redaktören publicerar själv' },
      overrideAccess: false,
      user: editor,
    })
    expect(published.title).toBe('Redaktören publicerar själv')
  })
})
