import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'

import { seedHedemora } from '../../host/seed/seedHedemora'
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
    await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: true } })
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

  it('should not let a publish an editor scheduled happen while review is on', async () => {
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
    expect(await title()).toBe('Granskarens rubrik')
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
