import type { Payload } from 'payload'

import { ValidationError } from 'payload'

import { onPostgres } from '../helpers/postgres'
import { onMongo, startTestPayload, type TestPayload } from '../helpers/testPayload'

describe(`foundation (${onMongo() ? 'MongoDB' : onPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  let test: TestPayload
  let payload: Payload

  beforeAll(async () => {
    test = await startTestPayload('foundation')
    payload = test.payload
  })

  afterAll(async () => {
    await test.destroy()
  })

  it('should bring the users collection with admin, reviewer and editor roles, and the site-settings global', () => {
    const users = payload.config.collections.find((c) => c.slug === 'users')
    expect(users?.auth).toBeTruthy()
    const roles = users?.fields.find((f) => 'name' in f && f.name === 'roles')
    expect(
      roles && 'options' in roles
        ? roles.options.map((o) => (typeof o === 'string' ? o : o.value))
        : [],
    ).toEqual(['admin', 'reviewer', 'editor'])
    expect(payload.config.globals.map((g) => g.slug)).toContain('site-settings')
  })

  it('should make the first user an admin and later users editors', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'forsta@hedemora.se', password: 'Lösenord-1234', roles: ['editor'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await payload.create({
      collection: 'users',
      data: { email: 'redaktor@hedemora.se', password: 'Lösenord-1234', roles: ['editor'] },
    })
    expect(second.roles).toEqual(['editor'])
  })

  it('should not let an editor change roles, not even their own', async () => {
    const editor = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'redaktor@hedemora.se' } },
      })
    ).docs[0]
    const updated = await payload.update({
      id: editor.id,
      collection: 'users',
      data: { name: 'Redaktör Ett', roles: ['admin'] },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('Redaktör Ett')
    expect(updated.roles).toEqual(['editor'])
    const admin = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'forsta@hedemora.se' } },
      })
    ).docs[0]
    await expect(
      payload.update({
        id: admin.id,
        collection: 'users',
        data: { roles: ['editor'] },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/Du får inte utföra denna åtgärd/)
  })

  it('should let an admin promote an editor but never remove the last admin', async () => {
    const admin = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'forsta@hedemora.se' } },
      })
    ).docs[0]
    await expect(
      payload.update({
        id: admin.id,
        collection: 'users',
        data: { roles: ['editor'] },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow(/minst en administratör.*at least one admin/)
    await expect(
      payload.delete({ id: admin.id, collection: 'users', overrideAccess: false, user: admin }),
    ).rejects.toThrow(/minst en administratör/)
  })

  it('should keep users away from anonymous readers and let anyone read site settings', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false })
    expect(settings.organisationName).toBe('Hedemora kommun')
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { contactPhone: '0225-34 000' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('should refuse a site-settings link that is not a full address', async () => {
    const error: unknown = await payload
      .updateGlobal({ slug: 'site-settings', data: { dataProtectionUrl: 'hedemora.se/dataskydd' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/Ange en fullständig adress.*https:\/\//),
        path: 'dataProtectionUrl',
      }),
    ])
  })
})
