import type { Payload } from 'payload'

import type { BudgetPlan, User } from '../../host/payload-types'
import type { PublicPage } from '../../src/shape/publicPageShape'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { createNextYearPlan } from '../../src/editions/createNextYearPlan'
import { decidedPage } from '../../src/publicPage/decidedPage'
import { decidePlan } from '../../src/editions/decidePlan'
import { readPublicPage } from '../../src/index'
import { startTestPayload, type TestPayload, staffUser } from '../helpers/testPayload'

// A second, clearly fictional edition (2022) is made from the Hedemora seed only in this test.
describe('editions: next year, the decided version, what changed', () => {
  let test: TestPayload
  let payload: Payload
  let admin: User
  let editor: User
  let plan2021: BudgetPlan
  let plan2022Id: BudgetPlan['id']

  const page = async (year: number) => (await readPublicPage(payload, { year }, 'sv'))?.page
  const decidedOf = async (live: PublicPage | undefined) =>
    live ? (await decidedPage(payload, live, 'sv'))?.page : undefined
  const draftOf = async <T extends 'goals' | 'initiatives' | 'savings-measures'>(
    collection: T,
    plan: number | string,
  ) =>
    (
      await payload.find({
        collection,
        depth: 0,
        draft: true,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        where: { plan: { equals: plan } },
      })
    ).docs

  beforeAll(async () => {
    test = await startTestPayload('editions')
    payload = test.payload
    await seedHedemora(payload)
    admin = (await payload.create({
      collection: 'users',
      data: { email: 'admin@exempelby.se', password: 'lösen-123456789', roles: ['admin'] },
    })) as User
    editor = (await payload.create({
      collection: 'users',
      data: { email: 'red@exempelby.se', password: 'lösen-123456789', roles: ['editor'] },
    })) as User
    plan2021 = (
      await payload.find({ collection: 'budget-plans', where: { year: { equals: 2021 } } })
    ).docs[0] as BudgetPlan
    const initiatives = await draftOf('initiatives', plan2021.id)
    await payload.update({
      id: initiatives[0].id,
      collection: 'initiatives',
      data: { status: 'done' },
    })
    await payload.update({
      id: initiatives[1].id,
      collection: 'initiatives',
      data: { status: 'cancelled' },
    })
    await payload.update({
      id: initiatives[2].id,
      collection: 'initiatives',
      data: { progress: 30, status: 'ongoing' },
    })
    const measures = await draftOf('savings-measures', plan2021.id)
    await payload.update({
      id: measures[0].id,
      collection: 'savings-measures',
      data: { carryOver: true, estimatedAnnualSavings: 1_000_000 },
    })
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should make next year as a draft: texts, goals with targets, unfinished initiatives, ticked measures, each linked', async () => {
    const made = await createNextYearPlan(payload, plan2021.id, { user: staffUser(editor) })
    plan2022Id = made.id as BudgetPlan['id']
    expect(made.year).toBe(2022)
    const plan = await payload.findByID({
      id: made.id,
      collection: 'budget-plans',
      depth: 0,
      draft: true,
    })
    expect(plan).toMatchObject({ _status: 'draft', title: 'Mål för kommunen 2022', year: 2022 })
    expect(plan.previousEdition).toBe(plan2021.id)
    expect(plan.focusAreas).toEqual(
      (plan2021.focusAreas ?? []).map((a) => (typeof a === 'object' ? a.id : a)),
    )
    expect(plan.intro).toEqual(plan2021.intro)

    const goals = await draftOf('goals', made.id)
    const oldGoals = await draftOf('goals', plan2021.id)
    expect(goals.map((g) => g.title).sort()).toEqual(oldGoals.map((g) => g.title).sort())
    expect(
      goals.every((g) => g._status === 'draft' && oldGoals.some((o) => o.id === g.previousEdition)),
    ).toBe(true)
    expect(goals.find((g) => g.indicators?.[0]?.kpiId === 'N15419')?.indicators?.[0]).toMatchObject(
      { kpiId: 'N15419' },
    )

    const initiatives = await draftOf('initiatives', made.id)
    expect(initiatives).toHaveLength(12) // 14 less the one done and the one cancelled
    expect(initiatives.find((i) => i.progress === 30)?.status).toBe('ongoing')
    const measures = await draftOf('savings-measures', made.id)
    expect(measures).toHaveLength(1)
    expect(measures[0]).toMatchObject({ carryOver: false, estimatedAnnualSavings: 1_000_000 })
  })

  it('should not make a second copy, naming the plan that exists', async () => {
    await expect(createNextYearPlan(payload, plan2021.id)).rejects.toMatchObject({
      existing: { id: plan2022Id, year: 2022 },
      message: expect.stringContaining('Det finns redan en plan för 2022'),
      status: 409,
    })
    expect(
      (
        await payload.find({
          collection: 'budget-plans',
          draft: true,
          where: { year: { equals: 2022 } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('should keep all of it from the public until the plan is published, then publish what was carried over with it', async () => {
    expect(await page(2022)).toBeUndefined()
    const anonymous = await payload.find({
      collection: 'goals',
      overrideAccess: false,
      where: { plan: { equals: plan2022Id } },
    })
    expect(anonymous.totalDocs).toBe(0)
    expect((await page(2021))?.editions.map((e) => e.year)).toEqual([2021])

    const stamp2021 = (await payload.findByID({ id: plan2021.id, collection: 'budget-plans' }))
      .pageUpdatedAt
    await payload.update({
      id: plan2022Id,
      collection: 'budget-plans',
      data: { _status: 'published' },
    })
    // 2021's "Sida uppdaterad" moves only for its own content.
    expect(
      (await payload.findByID({ id: plan2021.id, collection: 'budget-plans' })).pageUpdatedAt,
    ).toBe(stamp2021)
    const published = await page(2022)
    expect(published?.goals).toHaveLength(4)
    expect(published?.initiatives).toHaveLength(12)
    expect(published?.editions.map((e) => e.year)).toEqual([2022, 2021])
    expect(published?.changesSincePrevious?.since).toBe('2021')
    const kinds = published?.changesSincePrevious?.changes.map((c) => c.kind) ?? []
    expect(kinds.filter((k) => k === 'initiative_carried_over')).toHaveLength(12)
    expect(kinds.filter((k) => k === 'initiative_removed')).toHaveLength(2)
    expect(kinds.filter((k) => k === 'savings_removed')).toHaveLength(4)
  })

  it('should say in plain Swedish what changed between the editions, by their links', async () => {
    const goals = await draftOf('goals', plan2022Id)
    const school = goals.find((g) => g.indicators?.[0]?.kpiId === 'N15419')
    if (!school?.indicators) throw new Error('no school goal')
    await payload.update({
      id: school.id,
      collection: 'goals',
      data: {
        indicators: [{ ...school.indicators[0], target: { value: 85, year: 2024 } }],
        title: 'Bättre skolresultat för alla',
      },
    })
    const initiatives = await draftOf('initiatives', plan2022Id)
    const ongoing = initiatives.find((i) => i.progress === 30)
    await payload.update({
      id: ongoing?.id ?? -1,
      collection: 'initiatives',
      data: { status: 'done' },
    })
    await payload.update({
      id: initiatives[3].id,
      collection: 'initiatives',
      data: { status: 'postponed' },
    })
    const measures = await draftOf('savings-measures', plan2022Id)
    await payload.update({
      id: measures[0].id,
      collection: 'savings-measures',
      data: { estimatedAnnualSavings: 1_500_000 },
    })
    await payload.create({
      collection: 'goals',
      data: { _status: 'published', plan: plan2022Id, title: 'Fler cykelvägar (påhittat mål)' },
    })
    await payload.update({
      id: plan2022Id,
      collection: 'budget-plans',
      data: { tax: { rate: 22.5, statement: 'Skatten höjs.' } },
    })
    // A draft (never published) change must not be in anything the public reads.
    await payload.update({
      id: goals[1].id,
      collection: 'goals',
      data: { title: 'Hemlig utkasttitel' },
      draft: true,
    })

    const changes = (await page(2022))?.changesSincePrevious?.changes ?? []
    const texts = changes.map((c) => c.text)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Målet "Bättre skolresultat för flickor och pojkar" heter nu "Bättre skolresultat för alla".',
        'Målvärdet för "Elever i åk 9 som uppnått kunskapskraven i alla ämnen" (målet "Bättre skolresultat för alla") ändrades från inget till 85 % (2024).',
        'Nytt mål: "Fler cykelvägar (påhittat mål)".',
        `Insatsen "${ongoing?.title}" är klar.`,
        `Insatsen "${initiatives[3].title}" har skjutits upp.`,
        `Beräknad besparing för "${measures[0].title}" ändrades från 1 000 000 kr till 1 500 000 kr per år.`,
        'Kommunalskatten ändrades från ej angiven till 22,5 %.',
      ]),
    )
    expect(changes.find((c) => c.kind === 'goal_retargeted')).toMatchObject({
      after: '85 % (2024)',
      before: null,
      subject: 'Bättre skolresultat för alla',
    })
    expect(JSON.stringify(await page(2022))).not.toContain('Hemlig utkasttitel')
  })

  it('should freeze the plan as published when decided, and keep it while follow-up moves on', async () => {
    const before = await page(2021)
    await decidePlan(
      payload,
      plan2021.id,
      { date: '2021-03-10', diaryNumber: 'KS 2020/123', paragraph: '§ 12' },
      { user: staffUser(admin) },
    )
    await expect(
      decidePlan(payload, plan2021.id, { date: '2021-03-11', diaryNumber: 'x', paragraph: '§ 1' }),
    ).rejects.toMatchObject({ status: 409 })
    const live = await page(2021)
    expect(live?.decision).toEqual({
      correctionNote: null,
      date: '2021-03-10',
      diaryNumber: 'KS 2020/123',
      paragraph: '§ 12',
      path: '/mal-och-budget/2021/beslutad',
    })
    const decided = await decidedOf(live)
    expect(decided?.goals).toEqual(before?.goals)
    expect(decided?.initiatives).toEqual(before?.initiatives)
    expect(decided?.tax).toEqual(before?.tax)

    const initiatives = await draftOf('initiatives', plan2021.id)
    const ongoing = initiatives.find((i) => i.progress === 30)
    await payload.update({
      id: ongoing?.id ?? -1,
      collection: 'initiatives',
      data: { progress: 60 },
    })
    await payload.update({
      id: plan2021.id,
      collection: 'budget-plans',
      data: { title: 'Ändrad titel efter beslutet' },
    })
    const after = await page(2021)
    expect(after?.title).toBe('Ändrad titel efter beslutet')
    const stillDecided = await decidedOf(after)
    expect(stillDecided?.title).toBe('Mål för kommunen 2021')
    expect(stillDecided?.initiatives.find((i) => i.id === String(ongoing?.id))?.progress).toBe(30)
    expect(after?.changesSinceDecision?.changes.map((c) => c.text)).toEqual([
      `Insatsen "${ongoing?.title}" har kommit 60 % av vägen (var 30 %).`,
    ])
  })

  it('should let nobody change or delete the decided version, and only an admin add a correction', async () => {
    const decision = (await payload.find({ collection: 'plan-decisions' })).docs[0]
    await expect(
      payload.update({
        id: decision.id,
        collection: 'plan-decisions',
        data: { snapshot: { sv: { title: 'Förfalskad' } } },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        id: decision.id,
        collection: 'plan-decisions',
        data: { correctionNote: 'x' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(/får inte utföra|not allowed/i)
    await expect(
      payload.delete({
        id: decision.id,
        collection: 'plan-decisions',
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow(/får inte utföra|not allowed/i)
    await expect(
      payload.create({
        collection: 'plan-decisions',
        data: { date: '2020-01-01', plan: plan2021.id, snapshot: {}, year: 2021 },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow(/får inte utföra|not allowed/i)
    await payload.update({
      id: decision.id,
      collection: 'plan-decisions',
      data: { correctionNote: 'Tryckfel i insats 3 rättat genom KF § 40.' },
      overrideAccess: false,
      user: admin,
    })
    const live = await page(2021)
    expect(live?.decision?.correctionNote).toBe('Tryckfel i insats 3 rättat genom KF § 40.')
    expect((await decidedOf(live))?.decision?.correctionNote).toBe(
      'Tryckfel i insats 3 rättat genom KF § 40.',
    )
    const stored = await payload.findByID({ id: decision.id, collection: 'plan-decisions' })
    expect((stored.snapshot as { sv: { title: string } }).sv.title).toBe('Mål för kommunen 2021')
  })

  it('should carry each goal as its editors last saved it, also one never published (it was its first draft)', async () => {
    const goal = await payload.create({
      collection: 'goals',
      data: { _status: 'draft', plan: plan2022Id, title: 'Nytt mål, första utkast' },
      draft: true,
    })
    await payload.update({
      id: goal.id,
      collection: 'goals',
      data: { title: 'Nytt mål, senaste utkast' },
      draft: true,
    })
    const made = await createNextYearPlan(payload, plan2022Id, { user: staffUser(editor) })
    expect(made.year).toBe(2023)
    // Read as staff: the link to a goal never published is dropped for anyone else.
    const carried = (
      await payload.find({
        collection: 'goals',
        depth: 0,
        draft: true,
        pagination: false,
        user: admin,
        where: { plan: { equals: made.id } },
      })
    ).docs.find((g) => g.previousEdition === goal.id)
    expect(carried?.title).toBe('Nytt mål, senaste utkast')
  })
})
