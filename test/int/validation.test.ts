import type { Payload } from 'payload'

import fc from 'fast-check'
import { ValidationError } from 'payload'

import type { BudgetPlan } from '../../host/payload-types'

import { seedHedemora } from '../../host/seed/seedHedemora'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

/** The per-field messages a refused save gives, as `path: message`. */
const fieldErrors = async (attempt: Promise<unknown>): Promise<string[]> => {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof ValidationError))
    throw new Error(`expected a ValidationError, got ${String(error)}`)
  return error.data.errors.map((e) => `${e.path}: ${e.message}`)
}

describe('validation', () => {
  let test: TestPayload
  let payload: Payload
  let plan: BudgetPlan

  beforeAll(async () => {
    test = await startTestPayload('validation')
    payload = test.payload
    await seedHedemora(payload)
    plan = (await payload.find({ collection: 'budget-plans', where: { year: { equals: 2021 } } }))
      .docs[0] as BudgetPlan
  })

  afterAll(async () => {
    await test.destroy()
  })

  it('should fold the slug from the title and refuse a year outside 2000–2100', async () => {
    const next = await payload.create({
      collection: 'budget-plans',
      data: { slug: '', title: 'Mål för kommunen 2022 – Åtgärder', year: 2022 },
      draft: true,
    })
    expect(next.slug).toBe('mal-for-kommunen-2022-atgarder')
    expect(
      await fieldErrors(
        payload.create({ collection: 'budget-plans', data: { slug: '', title: 'X', year: 1999 } }),
      ),
    ).toEqual([expect.stringMatching(/^year: Ange ett år mellan 2000 och 2100/)])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'budget-plans',
          data: { slug: '', title: 'X', year: 2021.5 },
        }),
      ),
    ).toEqual([expect.stringMatching(/^year: .*2000 och 2100/)])
  })

  it('should refuse a second plan for the same year or with the same slug', async () => {
    expect(
      await fieldErrors(
        payload.create({
          collection: 'budget-plans',
          data: { slug: '', title: 'Annan rubrik', year: 2021 },
        }),
      ),
    ).toEqual([expect.stringMatching(/^year: /)])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'budget-plans',
          data: { slug: 'mal-for-kommunen-2021', title: 'Y', year: 2030 },
        }),
      ),
    ).toEqual([expect.stringMatching(/^slug: /)])
  })

  it('should keep initiative progress within 0–100 and dates in order', async () => {
    const base = { plan: plan.id, status: 'ongoing' as const, title: 'Prov' }
    expect(
      await fieldErrors(
        payload.create({ collection: 'initiatives', data: { ...base, progress: 101 } }),
      ),
    ).toEqual([expect.stringMatching(/^progress: /)])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'initiatives',
          data: {
            ...base,
            endDate: '2021-01-01T00:00:00.000Z',
            startDate: '2021-06-01T00:00:00.000Z',
          },
        }),
      ),
    ).toEqual([
      'endDate: Slutdatum kan inte vara före startdatum / The end date cannot be before the start date',
    ])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'initiatives',
          data: { ...base, places: [{ latitude: 120, name: 'Hedemora' }] },
        }),
      ),
    ).toEqual([expect.stringMatching(/^places\.0\.latitude: /)])
  })

  it('should refuse, in a draft too and by every way of saving one, a value no published document could hold (progress 500 and a KPI id "BAD" were kept)', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'utkast@hedemora.se', password: 'lösen-123456789', roles: ['editor'] },
    })
    const initiative = await payload.create({
      collection: 'initiatives',
      data: { plan: plan.id, title: 'Utkast att ändra' },
      draft: true,
    })
    const goal = await payload.create({
      collection: 'goals',
      data: { plan: plan.id, title: 'Mål att ändra' },
      draft: true,
    })
    const cases = [
      {
        collection: 'initiatives' as const,
        data: { progress: 500 },
        id: initiative.id,
        message: 'progress: Ska vara mellan 0 och 100 / Must be between 0 and 100',
      },
      {
        collection: 'initiatives' as const,
        data: { places: [{ latitude: 120, name: 'Hedemora' }] },
        id: initiative.id,
        message: 'places.0.latitude: Ska vara mellan -90 och 90 / Must be between -90 and 90',
      },
      {
        collection: 'initiatives' as const,
        data: { status: 'klar-typ' },
        id: initiative.id,
        message: /^status: Inget val "klar-typ": välj ett av planned, .* \/ No choice/,
      },
      {
        collection: 'initiatives' as const,
        data: { progress: 'NaN' },
        id: initiative.id,
        message: 'progress: Ange ett tal, t.ex. 40 / Give a number, e.g. 40',
      },
      {
        collection: 'initiatives' as const,
        data: { title: 'x'.repeat(501) },
        id: initiative.id,
        message: 'title: Högst 500 tecken / At most 500 characters',
      },
      {
        collection: 'goals' as const,
        data: { indicators: [{ kpiId: 'BAD', name: 'Något' }] },
        id: goal.id,
        message:
          'indicators.0.kpiId: Ett Kolada-id är N eller U följt av fem siffror, t.ex. N15419 / A Kolada id is N or U and five digits',
      },
    ]
    // Each way answers the refusals it gives, as `path: message`.
    const ways = {
      // A bulk update answers its refusals per document (REST: 400 with them).
      bulk: async (c: (typeof cases)[number]) => {
        const { docs, errors } = await payload.update({
          collection: c.collection,
          data: c.data as never,
          draft: true,
          overrideAccess: false,
          user: editor,
          where: { id: { equals: c.id } },
        })
        expect(docs).toEqual([])
        return errors.map((e) => e.message)
      },
      create: (c: (typeof cases)[number]) =>
        fieldErrors(
          payload.create({
            collection: c.collection,
            data: { plan: plan.id, title: 'Nytt utkast', ...c.data } as never,
            draft: true,
          }),
        ),
      update: (c: (typeof cases)[number]) =>
        fieldErrors(
          payload.update({
            collection: c.collection,
            data: c.data as never,
            draft: true,
            id: c.id,
            overrideAccess: false,
            user: editor,
          }),
        ),
    }
    const before = {
      goals: await payload.count({ collection: 'goals' }),
      initiatives: await payload.count({ collection: 'initiatives' }),
    }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.constantFrom(...(Object.keys(ways) as (keyof typeof ways)[])),
        async (c, way) => {
          const errors = await ways[way](c)
          const path = (typeof c.message === 'string' ? c.message : c.message.source).split(':')[0]
          expect(errors).toEqual([
            way === 'bulk'
              ? expect.stringContaining(path.replace('^', ''))
              : expect.stringMatching(c.message),
          ])
        },
      ),
      { numRuns: 30 },
    )
    // Nothing of them was stored.
    expect(await payload.count({ collection: 'goals' })).toEqual(before.goals)
    expect(await payload.count({ collection: 'initiatives' })).toEqual(before.initiatives)
    const stored = await payload.findByID({
      collection: 'initiatives',
      draft: true,
      id: initiative.id,
    })
    expect(stored).toMatchObject({ progress: 0, status: 'planned' })
  })

  it('should check indicator KPI ids and figures and compute the goal status from the figures', async () => {
    expect(
      await fieldErrors(
        payload.create({
          collection: 'goals',
          data: {
            indicators: [{ direction: 'higher', kpiId: 'ABC', name: 'Fel' }],
            plan: plan.id,
            title: 'Mål',
          },
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^indicators\.0\.kpiId: Ett Kolada-id är N eller U följt av fem siffror/,
      ),
    ])
    const goal = await payload.create({
      collection: 'goals',
      data: {
        indicators: [
          {
            direction: 'higher',
            figures: [
              { national: 78, value: 70, year: 2018 },
              { national: 78, value: 74, year: 2020 },
            ],
            kpiId: 'N15419',
            name: 'Behörighet',
            target: { value: 80, year: 2022 },
            useKolada: false,
          },
        ],
        plan: plan.id,
        title: 'Mål med data',
      },
    })
    // Misses the target of 80, but better than 2018: at risk.
    expect(goal.status).toBe('at_risk')
    const updated = await payload.update({
      id: goal.id,
      collection: 'goals',
      data: {
        indicators: [
          {
            ...(goal.indicators ?? [])[0],
            figures: [...((goal.indicators ?? [])[0].figures ?? []), { value: 82, year: 2021 }],
          },
        ],
      },
    })
    expect(updated.status).toBe('on_track')
    expect(
      await fieldErrors(
        payload.update({
          id: goal.id,
          collection: 'goals',
          data: {
            indicators: [{ direction: 'higher', figures: [{ value: 1, year: 2020.5 }], name: 'X' }],
          },
        }),
      ),
    ).toEqual([expect.stringMatching(/^indicators\.0\.figures\.0\.year: Ange ett helt år/)])
  })

  it('should refuse a negative saving and an unknown category', async () => {
    const base = {
      category: 'staffing' as const,
      plan: plan.id,
      status: 'ongoing' as const,
      title: 'Prov',
    }
    expect(
      await fieldErrors(
        payload.create({
          collection: 'savings-measures',
          data: { ...base, estimatedAnnualSavings: -5 },
        }),
      ),
    ).toEqual([expect.stringMatching(/^estimatedAnnualSavings: /)])
    const unknownCategory = { ...base, category: 'lottery' } as unknown as typeof base
    expect(
      await fieldErrors(payload.create({ collection: 'savings-measures', data: unknownCategory })),
    ).toEqual([expect.stringMatching(/^category: /)])
  })

  it('should check feedback: message 1–4000 characters after trimming, valid e-mail, name ≤ 100', async () => {
    const base = { page: plan.id, status: 'new' as const }
    expect(
      await fieldErrors(
        payload.create({ collection: 'feedback', data: { ...base, message: '   ' } }),
      ),
    ).toEqual(['message: Skriv din synpunkt / Write your comment'])
    expect(
      await fieldErrors(
        payload.create({ collection: 'feedback', data: { ...base, message: 'x'.repeat(4001) } }),
      ),
    ).toEqual([expect.stringMatching(/^message: /)])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'feedback',
          data: { ...base, email: 'inte-en-adress', message: 'Hej' },
        }),
      ),
    ).toEqual([
      'email: Ange en giltig e-postadress, t.ex. namn@exempel.se / Enter a valid e-mail address, e.g. name@example.com',
    ])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'feedback',
          data: { ...base, message: 'Hej', name: 'n'.repeat(101) },
        }),
      ),
    ).toEqual([expect.stringMatching(/^name: /)])
  })

  it('should require alt text on images and accept only PDF documents', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    expect(
      await fieldErrors(
        payload.create({
          collection: 'media',
          data: {} as { alt: string },
          file: { data: png, mimetype: 'image/png', name: 'pixel.png', size: png.length },
        }),
      ),
    ).toEqual([expect.stringMatching(/^alt: /)])
    expect(
      await fieldErrors(
        payload.create({
          collection: 'documents',
          data: { title: 'Inte en PDF' },
          file: { data: png, mimetype: 'image/png', name: 'pixel.png', size: png.length },
        }),
      ),
    ).toEqual([expect.stringMatching(/^file: /)])
  })
})
