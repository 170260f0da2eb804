import type { Payload } from 'payload'

import type { BudgetPlan } from '../../host/payload-types'

import { importBudget } from '../../src/budget/importBudget'
import { readPublicPage } from '../../src/index'
import { budgetCsv, budgetXlsx, EXEMPELBY_ROWS } from '../helpers/budgetFiles'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// A clearly fictional plan ("Exempelby 2030"): Hedemora's page publishes no budget lines.
describe('the budget: import, totals, the public page', () => {
  let test: TestPayload
  let payload: Payload
  let planId: number

  const lines = async () =>
    (
      (await payload.findByID({
        id: planId,
        collection: 'budget-plans',
        depth: 0,
        draft: true,
      })) as BudgetPlan
    ).budgetLines ?? []
  const page = async () => (await readPublicPage(payload, { year: 2030 }, 'sv'))?.page

  beforeAll(async () => {
    test = await startTestPayload('budget')
    payload = test.payload
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { organisationName: 'Exempelby kommun' },
    })
    const plan = await payload.create({
      collection: 'budget-plans',
      data: {
        _status: 'published',
        tax: { rate: 22.5, unchanged: false },
        slug: 'exempelby-2030',
        title: 'Exempelby 2030',
        year: 2030,
      },
      draft: false,
    })
    planId = plan.id as number
    for (const [category, amount] of [
      ['premises', 1_000_000],
      ['premises', 500_000],
      ['staffing', 250_000],
    ] as const) {
      await payload.create({
        collection: 'savings-measures',
        data: {
          _status: 'published',
          category,
          estimatedAnnualSavings: amount,
          plan: planId,
          status: 'planned',
          title: `Åtgärd ${amount}`,
        },
      })
    }
  })

  afterAll(async () => {
    await test?.destroy()
  })

  it('should show no budget section for a plan without lines', async () => {
    expect((await page())?.budget).toBeNull()
  })

  it('should store nothing from a file with one bad row, and list the row and the reason', async () => {
    const bad = [...EXEMPELBY_ROWS, ['Kulturnämnden', 'drift', 'tolv', '', '']]
    const result = await importBudget(payload, planId, Buffer.from(budgetCsv(bad)))
    expect(result.stored).toBe(false)
    expect(result.errors).toEqual([
      { message: expect.stringContaining('belopp_tkr "tolv" är inget tal'), row: 8 },
    ])
    expect(await lines()).toEqual([])
  })

  it('should store a CSV in the draft; once published, the page carries lines, totals, result and the savings roll-up', async () => {
    const dry = await importBudget(payload, planId, Buffer.from(budgetCsv(EXEMPELBY_ROWS)), {
      dryRun: true,
    })
    expect(dry).toMatchObject({ errors: [], stored: false })
    expect(await lines()).toEqual([])
    const result = await importBudget(payload, planId, Buffer.from(budgetCsv(EXEMPELBY_ROWS)))
    expect(result.stored).toBe(true)
    expect(await lines()).toHaveLength(6)
    // Stored in the draft: the public sees nothing until the plan is published.
    expect((await page())?.budget).toBeNull()
    await payload.update({ id: planId, collection: 'budget-plans', data: { _status: 'published' } })
    const budget = (await page())?.budget
    expect(budget?.lines[1]).toEqual({
      amount: 402_350_500,
      committee: 'Barn- och utbildningsnämnden',
      income: false,
      kind: 'drift',
      note: null,
      previousAmount: 398_000_000,
    })
    // Hand-checked: frames 125 400 000 + 402 350 500 + 355 000 000 = 882 750 500; income
    // 310 000 000 + 900 000 000 = 1 210 000 000; result 327 249 500; investments 35 000 000;
    // last year's frames 120 100 + 398 000 + 349 500 tkr = 867 600 000.
    expect(budget?.totals).toEqual({
      income: 1_210_000_000,
      investment: 35_000_000,
      operating: 882_750_500,
      previousOperating: 867_600_000,
      result: 327_249_500,
    })
    expect(budget?.savingsByCategory).toEqual(
      expect.arrayContaining([
        { amount: 1_500_000, category: 'premises' },
        { amount: 250_000, category: 'staffing' },
      ]),
    )
  })

  it('should replace the lines with an .xlsx import, all or nothing', async () => {
    const result = await importBudget(
      payload,
      planId,
      await budgetXlsx([
        ['Kommunstyrelsen', 'drift', 130000, 125400, null],
        ['Omsorgsnämnden', 'drift', '360 000,25', '355 000', null],
      ]),
    )
    expect(result.errors).toEqual([])
    expect((await lines()).map((l) => [l.committee, l.amount])).toEqual([
      ['Kommunstyrelsen', 130_000_000],
      ['Omsorgsnämnden', 360_000_250],
    ])
  })

  it('should refuse to publish a negative operating frame typed by hand unless it is marked income', async () => {
    await expect(
      payload.update({
        id: planId,
        collection: 'budget-plans',
        data: {
          _status: 'published',
          budgetLines: [{ amount: -5, committee: 'Kommunstyrelsen', kind: 'drift' }],
        },
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            message: expect.stringContaining('En negativ driftram måste markeras som intäkt'),
          }),
        ],
      },
    })
    await payload.update({
      id: planId,
      collection: 'budget-plans',
      data: {
        budgetLines: [{ amount: -5, committee: 'Skatteintäkter', income: true, kind: 'drift' }],
      },
      draft: true,
    })
  })
})
