import type { Payload } from 'payload'

import type { BudgetPlan, User } from '../../host/payload-types'

import { createLocalReq } from 'payload'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { createNextYearPlan } from '../../src/editions/createNextYearPlan'
import { decidePlan } from '../../src/editions/decidePlan'
import { undoDecision } from '../../src/editions/undoDecision'
import { startTestPayload, type TestPayload, staffUser } from '../helpers/testPayload'

const DECISION = { date: '2021-03-10', diaryNumber: 'KS 2020/123', paragraph: '§ 12' }

describe('marking a plan as council-decided (an administrator’s act)', () => {
  let test: TestPayload
  let payload: Payload
  let admin: User
  let editor: User
  let reviewer: User
  let plan: BudgetPlan

  const as = staffUser
  const undo = async (user: User, reason = 'Fel datum angavs') =>
    undoDecision(await createLocalReq({ user: as(user) }, payload), plan.id, reason)
  const decided = async () =>
    (await payload.count({ collection: 'plan-decisions', where: { plan: { equals: plan.id } } }))
      .totalDocs

  beforeAll(async () => {
    test = await startTestPayload('decisions')
    payload = test.payload
    await seedHedemora(payload)
    const account = (email: string, role: 'admin' | 'editor' | 'reviewer') =>
      payload.create({
        collection: 'users',
        data: { email, password: 'lösen-123456789', roles: [role] },
      })
    admin = (await account('admin@exempelby.se', 'admin')) as User
    editor = (await account('red@exempelby.se', 'editor')) as User
    reviewer = (await account('gr@exempelby.se', 'reviewer')) as User
    plan = (await payload.find({ collection: 'budget-plans', limit: 1 })).docs[0] as BudgetPlan
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should refuse editors and reviewers, and let an admin decide', async () => {
    for (const user of [editor, reviewer]) {
      await expect(
        decidePlan(payload, plan.id, DECISION, { user: as(user) }),
      ).rejects.toMatchObject({ status: 403 })
    }
    expect(await decided()).toBe(0)
    await decidePlan(payload, plan.id, DECISION, { user: as(admin) })
    expect(await decided()).toBe(1)
  })

  it('should let only an admin undo it, with the reason in the audit log, and decide again afterwards', async () => {
    await expect(undo(editor)).rejects.toMatchObject({ status: 403 })
    await expect(undo(reviewer)).rejects.toMatchObject({ status: 403 })
    await undo(admin, 'Fel diarienummer angavs')
    expect(await decided()).toBe(0)
    const { docs: log } = await payload.find({
      collection: 'audit-log',
      sort: 'createdAt',
      where: { plan: { equals: plan.id } },
    })
    expect(log.map((e) => [e.action, e.reason ?? null])).toEqual([
      ['plan-decided', null],
      ['plan-decision-undone', 'Fel diarienummer angavs'],
    ])
    expect(log[1].details).toMatchObject({ diaryNumber: 'KS 2020/123', year: 2021 })
    expect(log.every((e) => typeof e.by === 'object' && e.by?.id === admin.id)).toBe(true)
    await expect(undo(admin)).rejects.toMatchObject({ status: 409 })
    await decidePlan(payload, plan.id, DECISION, { user: as(admin) })
    expect(await decided()).toBe(1)
  })

  it('should keep the audit log out of reach of the API: only admins read it, nobody writes it', async () => {
    for (const user of [editor, reviewer]) {
      await expect(
        payload.find({ collection: 'audit-log', overrideAccess: false, user }),
      ).rejects.toThrow(/får inte|not allowed/i)
    }
    await expect(
      payload.create({
        collection: 'audit-log',
        data: { action: 'plan-decided', plan: plan.id },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow(/får inte|not allowed/i)
  })

  it('should refuse to undo once something depends on the decision', async () => {
    const decision = (await payload.find({ collection: 'plan-decisions' })).docs[0]
    await payload.update({
      id: decision.id,
      collection: 'plan-decisions',
      data: { correctionNote: 'Tryckfel rättat genom KF § 40.' },
    })
    await expect(undo(admin)).rejects.toThrow(/rättelse/)
    await payload.update({
      id: decision.id,
      collection: 'plan-decisions',
      data: { correctionNote: '' },
    })
    await createNextYearPlan(payload, plan.id, { user: as(admin) })
    await expect(undo(admin)).rejects.toThrow(/Nästa års plan/)
    expect(await decided()).toBe(1)
  })
})
