import type { Payload } from 'payload'

import type { BudgetPlan, User } from '../../host/payload-types'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const denied = /Du får inte utföra denna åtgärd|not allowed/

describe('access rules', () => {
  let test: TestPayload
  let payload: Payload
  let admin: User
  let editor: User
  let plan: BudgetPlan

  beforeAll(async () => {
    test = await startTestPayload('access')
    payload = test.payload
    await seedHedemora(payload)
    admin = (await payload.create({
      collection: 'users',
      data: { email: 'admin@hedemora.se', password: 'hemligt-lösen-1', roles: ['admin'] },
    })) as User
    editor = (await payload.create({
      collection: 'users',
      data: { email: 'redaktor@hedemora.se', password: 'hemligt-lösen-2', roles: ['editor'] },
    })) as User
    plan = (await payload.find({ collection: 'budget-plans', where: { year: { equals: 2021 } } }))
      .docs[0] as BudgetPlan
  })

  afterAll(async () => {
    await test.destroy()
  })

  describe('anonymous readers', () => {
    it('should never see a draft initiative, neither listed nor joined on the plan', async () => {
      const draft = await payload.create({
        collection: 'initiatives',
        data: { _status: 'draft', plan: plan.id, status: 'planned', title: 'Hemlig utkastinsats' },
        draft: true,
      })
      const list = await payload.find({
        collection: 'initiatives',
        limit: 0,
        overrideAccess: false,
      })
      expect(list.docs.map((d) => d.id)).not.toContain(draft.id)
      expect(list.totalDocs).toBe(14)
      await expect(
        payload.findByID({ id: draft.id, collection: 'initiatives', overrideAccess: false }),
      ).rejects.toThrow()
      const read = (await payload.findByID({
        id: plan.id,
        collection: 'budget-plans',
        depth: 1,
        overrideAccess: false,
      })) as BudgetPlan
      expect(JSON.stringify(read)).not.toContain('Hemlig utkastinsats')
      expect(read.initiatives?.docs?.map((d) => (typeof d === 'object' ? d.id : d))).not.toContain(
        draft.id,
      )

      const staff = await payload.find({
        collection: 'initiatives',
        limit: 0,
        overrideAccess: false,
        user: editor,
      })
      expect(staff.docs.map((d) => d.id)).toContain(draft.id)
      await payload.delete({ id: draft.id, collection: 'initiatives' })
    })

    it('should see the published text, not a newer draft of a published goal', async () => {
      const goal = (await payload.find({ collection: 'goals', limit: 1, sort: 'order' })).docs[0]
      await payload.update({
        id: goal.id,
        collection: 'goals',
        data: { title: 'Utkast: nytt mål' },
        draft: true,
      })
      const read = await payload.findByID({
        id: goal.id,
        collection: 'goals',
        overrideAccess: false,
      })
      expect(read.title).toBe(goal.title)
      const staffDraft = await payload.findByID({
        id: goal.id,
        collection: 'goals',
        draft: true,
        user: editor,
      })
      expect(staffDraft.title).toBe('Utkast: nytt mål')
    })

    it('should not get an unpublished focus area through the plan that links it', async () => {
      const area = (
        await payload.find({ collection: 'focus-areas', where: { slug: { equals: 'miljo' } } })
      ).docs[0]
      await payload.update({ id: area.id, collection: 'focus-areas', data: { _status: 'draft' } })
      try {
        const read = (await payload.findByID({
          id: plan.id,
          collection: 'budget-plans',
          depth: 1,
          overrideAccess: false,
        })) as BudgetPlan
        const linked = (read.focusAreas ?? []).map((f) => (typeof f === 'object' ? f.title : f))
        expect(linked).toEqual(['Jämlik hälsa', 'Inkludering', 'Jämställdhet'])
        const goals = await payload.find({ collection: 'goals', depth: 1, overrideAccess: false })
        expect(JSON.stringify(goals.docs)).not.toContain('"Miljö"')
      } finally {
        await payload.update({
          id: area.id,
          collection: 'focus-areas',
          data: { _status: 'published' },
        })
      }
    })

    it('should not get the id of an unpublished goal even at depth 0', async () => {
      const goal = (
        await payload.find({ collection: 'goals', where: { title: { like: 'boenden' } } })
      ).docs[0]
      const initiative = (
        await payload.find({
          collection: 'initiatives',
          where: { title: { like: 'trygghetsboende' } },
        })
      ).docs[0]
      expect(initiative.goals).toHaveLength(1)
      await payload.update({ id: goal.id, collection: 'goals', data: { _status: 'draft' } })
      try {
        const read = await payload.findByID({
          id: initiative.id,
          collection: 'initiatives',
          depth: 0,
          overrideAccess: false,
        })
        expect(read.goals).toEqual([])
        const staff = await payload.findByID({
          id: initiative.id,
          collection: 'initiatives',
          depth: 0,
          user: editor,
        })
        expect(staff.goals).toEqual([goal.id])
      } finally {
        await payload.update({ id: goal.id, collection: 'goals', data: { _status: 'published' } })
      }
    })

    it('should not see who owns a page', async () => {
      await payload.update({
        id: plan.id,
        collection: 'budget-plans',
        data: { pageOwner: editor.id },
      })
      const read = await payload.findByID({
        id: plan.id,
        collection: 'budget-plans',
        overrideAccess: false,
      })
      expect(read.pageOwner).toBeUndefined()
      const staff = await payload.findByID({
        id: plan.id,
        collection: 'budget-plans',
        depth: 0,
        user: editor,
      })
      expect(staff.pageOwner).toBe(editor.id)
    })

    it('should never read users or feedback, nor create feedback through the API', async () => {
      await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
        denied,
      )
      await expect(payload.find({ collection: 'feedback', overrideAccess: false })).rejects.toThrow(
        denied,
      )
      await expect(
        payload.create({
          collection: 'feedback',
          data: { message: 'Hej', status: 'new' },
          overrideAccess: false,
        }),
      ).rejects.toThrow(denied)
    })

    it('should not download an unpublished upload', async () => {
      const image = (await payload.find({ collection: 'media', limit: 1 })).docs[0]
      await payload.update({ id: image.id, collection: 'media', data: { _status: 'draft' } })
      const list = await payload.find({ collection: 'media', overrideAccess: false })
      expect(list.totalDocs).toBe(0)
      await payload.update({ id: image.id, collection: 'media', data: { _status: 'published' } })
      expect((await payload.find({ collection: 'media', overrideAccess: false })).totalDocs).toBe(1)
    })
  })

  describe('editors', () => {
    it('should write drafts but not publish while review is on (the default), and publish when it is off', async () => {
      const measure = {
        category: 'other' as const,
        plan: plan.id,
        status: 'planned' as const,
        title: 'Ny besparing',
      }
      await expect(
        payload.create({
          collection: 'savings-measures',
          data: { ...measure, _status: 'published' },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow(/Skicka för granskning/)
      const draft = await payload.create({
        collection: 'savings-measures',
        data: { ...measure, _status: 'draft' },
        draft: true,
        overrideAccess: false,
        user: editor,
      })
      const updated = await payload.update({
        id: draft.id,
        collection: 'savings-measures',
        data: { estimatedAnnualSavings: 250000 },
        draft: true,
        overrideAccess: false,
        user: editor,
      })
      expect(updated).toMatchObject({ _status: 'draft', estimatedAnnualSavings: 250000 })
      expect(
        (
          await payload.find({ collection: 'savings-measures', limit: 0, overrideAccess: false })
        ).docs.map((d) => d.id),
      ).not.toContain(draft.id)

      await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: false } })
      try {
        const published = await payload.update({
          id: draft.id,
          collection: 'savings-measures',
          data: { _status: 'published' },
          overrideAccess: false,
          user: editor,
        })
        expect(published).toMatchObject({ _status: 'published', estimatedAnnualSavings: 250000 })
        await payload.delete({
          id: draft.id,
          collection: 'savings-measures',
          overrideAccess: false,
          user: editor,
        })
      } finally {
        await payload.updateGlobal({ slug: 'site-settings', data: { reviewWorkflow: true } })
      }
    })

    it('should not delete a plan, manage users or change site settings', async () => {
      await expect(
        payload.delete({
          id: plan.id,
          collection: 'budget-plans',
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow(denied)
      await expect(
        payload.create({
          collection: 'users',
          data: { email: 'ny@hedemora.se', password: 'x-lösen-123', roles: ['editor'] },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow(denied)
      await expect(
        payload.updateGlobal({
          slug: 'site-settings',
          data: { contactPhone: '0225-1' },
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow(denied)
    })

    it('should read and handle feedback but not delete it; admins may delete it', async () => {
      const feedback = await payload.create({
        collection: 'feedback',
        data: { email: 'invanare@example.se', message: 'Bra sida!', page: plan.id, status: 'new' },
      })
      const read = await payload.findByID({
        id: feedback.id,
        collection: 'feedback',
        overrideAccess: false,
        user: editor,
      })
      expect(read.email).toBe('invanare@example.se')
      const handled = await payload.update({
        id: feedback.id,
        collection: 'feedback',
        data: { internalNote: 'Besvarad per e-post', status: 'answered' },
        overrideAccess: false,
        user: editor,
      })
      expect(handled.status).toBe('answered')
      await expect(
        payload.delete({
          id: feedback.id,
          collection: 'feedback',
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toThrow(denied)
      await payload.delete({
        id: feedback.id,
        collection: 'feedback',
        overrideAccess: false,
        user: admin,
      })
    })
  })

  describe('deleting what others refer to', () => {
    it('should refuse to delete a focus area in use, listing what uses it', async () => {
      const area = (
        await payload.find({ collection: 'focus-areas', where: { slug: { equals: 'miljo' } } })
      ).docs[0]
      await expect(
        payload.delete({
          id: area.id,
          collection: 'focus-areas',
          overrideAccess: false,
          user: admin,
        }),
      ).rejects.toThrow(
        /Kan inte tas bort.*Mål och budget: "Mål för kommunen 2021".*Insatser \/ initiatives: "Upphandla/,
      )
    })

    it('should refuse to delete a goal that initiatives serve, and a plan with content', async () => {
      const goal = (
        await payload.find({ collection: 'goals', where: { title: { like: 'boenden' } } })
      ).docs[0]
      await expect(
        payload.delete({ id: goal.id, collection: 'goals', overrideAccess: false, user: admin }),
      ).rejects.toThrow(/Insatser \/ initiatives: "Bygga trygghetsboende/)
      await expect(
        payload.delete({
          id: plan.id,
          collection: 'budget-plans',
          overrideAccess: false,
          user: admin,
        }),
      ).rejects.toThrow(/Mål \/ goals: .*\(\+\d+\)|Mål \/ goals: /)
    })

    it('should delete an unreferenced focus area', async () => {
      const area = await payload.create({
        collection: 'focus-areas',
        data: { _status: 'published', slug: 'tillfalligt', title: 'Tillfälligt' },
      })
      // A published one: with review on, taking it down is for an admin (or reviewer).
      await payload.delete({
        id: area.id,
        collection: 'focus-areas',
        overrideAccess: false,
        user: admin,
      })
      expect(
        (await payload.find({ collection: 'focus-areas', where: { id: { equals: area.id } } }))
          .totalDocs,
      ).toBe(0)
    })
  })
})
