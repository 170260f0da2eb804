import type { Access, Payload, PayloadRequest, TypedUser } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq } from 'payload'

import { seedHedemora } from '../../host/seed/seedHedemora'
import {
  ACCESS_POLICY,
  type Answer,
  type Operation,
  OPERATIONS,
  renderAccessMatrix,
  type Role,
  ROLES,
} from '../fixtures/accessPolicy'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const README = path.resolve(import.meta.dirname ?? '.', '../../README.md')

const classify = (result: unknown): Answer =>
  result === true ? 'yes' : result && typeof result === 'object' ? 'limited' : 'no'

/** What a Local API call with the user and `overrideAccess: false` says: allowed or refused. */
const refusedLocally = async (work: () => Promise<unknown>): Promise<boolean> => {
  try {
    await work()
    return false
  } catch (error) {
    const status = (error as { status?: number }).status
    return status === 401 || status === 403
  }
}

describe('the access matrix (Local API with a user, from the config)', () => {
  let test: TestPayload
  let payload: Payload
  const users = {} as Record<Role, TypedUser | undefined>

  beforeAll(async () => {
    test = await startTestPayload('access_matrix')
    payload = test.payload
    await seedHedemora(payload)
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      const user = await payload.create({
        collection: 'users',
        data: { email: `${role}@exempelby.se`, password: 'lösen-123456789', roles: [role] },
      })
      users[role] = { ...user, collection: 'users' }
    }
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should declare every collection and global of the config in the policy, and nothing else', () => {
    const entities = [
      ...payload.config.collections.map((c) => c.slug),
      ...payload.config.globals.map((g) => `globals/${g.slug}`),
    ].sort()
    expect(Object.keys(ACCESS_POLICY).sort()).toEqual(entities)
  })

  it('should answer every cell as the policy says, by the access rules and by the Local API', async () => {
    const differences: string[] = []
    for (const role of ROLES) {
      const req: PayloadRequest = await createLocalReq({ user: users[role] }, payload)
      const user = users[role]
      for (const [entity, row] of Object.entries(ACCESS_POLICY)) {
        const isGlobal = entity.startsWith('globals/')
        const slug = entity.replace(/^globals\//, '')
        const config = isGlobal
          ? payload.config.globals.find((g) => g.slug === slug)
          : payload.config.collections.find((c) => c.slug === slug)
        if (!config) continue
        for (const operation of OPERATIONS) {
          const expected = row[operation]?.[ROLES.indexOf(role)]
          const access = (config.access as Partial<Record<Operation, Access>>)[operation]
          if (expected === undefined) {
            if (operation === 'readVersions' && config.versions)
              differences.push(`${entity} ${operation}: keeps versions but the policy is silent`)
            continue
          }
          const rule = access ? classify(await access({ req })) : 'no'
          const local = await refusedLocally(async () => {
            const asked = { overrideAccess: false, user } as const
            if (isGlobal) {
              if (operation === 'read')
                return payload.findGlobal({ ...asked, slug: slug as 'site-settings' })
              return payload.updateGlobal({ ...asked, data: {}, slug: slug as 'site-settings' })
            }
            const collection = slug as 'goals'
            switch (operation) {
              case 'read':
                return payload.find({ ...asked, collection, limit: 1 })
              case 'readVersions':
                return payload.findVersions({ ...asked, collection, limit: 1 })
              case 'create': {
                const made = await payload.create({ ...asked, collection, data: {}, draft: true })
                await payload.delete({ id: made.id, collection })
                return made
              }
              case 'update':
                return payload.update({
                  ...asked,
                  collection,
                  data: {},
                  where: { id: { equals: 0 } },
                })
              case 'delete':
                return payload.delete({ ...asked, collection, where: { id: { equals: 0 } } })
            }
          })
          if (rule !== expected)
            differences.push(
              `${entity} ${operation} ${role}: rule says ${rule}, policy ${expected}`,
            )
          if (local !== (expected === 'no'))
            differences.push(
              `${entity} ${operation} ${role}: Local API ${local ? 'refused' : 'allowed'}, policy ${expected}`,
            )
        }
      }
    }
    expect(differences).toEqual([])
  }, 120_000)

  it('should show the same matrix in the README', () => {
    // Cells compared trimmed: the README's table is aligned by Prettier.
    const cells = (table: string) =>
      table
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
        .map((line) => line.split('|').map((cell) => cell.trim()))
    const readme = fs.readFileSync(README, 'utf8')
    const start = readme.indexOf('<!-- access-matrix')
    const table = readme.slice(start).split('\n\n')[1] ?? ''
    expect(cells(table)).toEqual(cells(renderAccessMatrix()))
  })
})
