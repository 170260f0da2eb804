import { parseBudgetFile } from '../../src/budget/parseBudgetFile'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { budgetTotals, taxKrona } from '../../src/budget/budgetTotals'
import { parseSwedishNumber } from '../../src/lib/swedishNumber'
import { budgetCsv, budgetXlsx, lyingZip, windows1252 } from '../helpers/budgetFiles'

describe('parseSwedishNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234\u00a0567', 1234567],
    ['−310 000', -310000],
    ['-12,25', -12.25],
    ['402350.5', 402350.5],
    [42, 42],
  ])('should read %j as %d', (text, value) => expect(parseSwedishNumber(text)).toBe(value))

  it.each(['', '12 kr', '1,2,3', 'tolv', '1e9', null])('should refuse %j', (text) =>
    expect(parseSwedishNumber(text)).toBeNull(),
  )
})

describe('budget totals and the tax-krona calculator', () => {
  const lines = [
    { amount: 600, committee: 'A', income: false, kind: 'drift' as const, previousAmount: 500 },
    { amount: 300, committee: 'B', income: false, kind: 'drift' as const, previousAmount: 300 },
    { amount: 100, committee: 'C', income: false, kind: 'drift' as const, previousAmount: null },
    {
      amount: -1200,
      committee: 'Skatt',
      income: true,
      kind: 'drift' as const,
      previousAmount: null,
    },
    {
      amount: 50,
      committee: 'A',
      income: false,
      kind: 'investering' as const,
      previousAmount: null,
    },
  ]

  it('should compute operating frames, income, investments and the result, never typed', () => {
    // Hand-checked: frames 600 + 300 + 100 = 1 000; income |−1 200| = 1 200; result 1 200 − 1 000 = 200.
    expect(budgetTotals(lines)).toEqual({
      income: 1200,
      investment: 50,
      operating: 1000,
      previousOperating: null,
      result: 200,
    })
  })

  it('should split a monthly municipal tax by the operating frames', () => {
    // Hand-checked: 30 000 kr × 22,5 % = 6 750 kr; A 60 % = 4 050, B 30 % = 2 025, C 10 % = 675.
    expect(taxKrona(30_000, 22.5, lines)).toEqual({
      shares: [
        { committee: 'A', kronor: 4050, share: 0.6 },
        { committee: 'B', kronor: 2025, share: 0.3 },
        { committee: 'C', kronor: 675, share: 0.1 },
      ],
      tax: 6750,
    })
    expect(taxKrona(30_000, null, lines)).toEqual({ shares: [], tax: 0 })
    expect(taxKrona(0, 22.5, lines)).toEqual({ shares: [], tax: 0 })
  })
})

describe('parseBudgetFile', () => {
  it('should read a UTF-8 CSV with Swedish numbers into whole kronor, negative operating amounts as income', async () => {
    const file = Buffer.from(
      budgetCsv([
        ['Kommunstyrelsen', 'Drift', '125 400,5', '120 100', 'Kansliet'],
        ['Skatteintäkter', 'drift', '-900 000', '', ''],
        ['Kommunstyrelsen', 'investering', '35 000', '28 000', ''],
        ['', '', '', '', ''],
      ]),
    )
    expect(await parseBudgetFile(file)).toEqual({
      errors: [],
      rows: [
        {
          amount: 125_400_500,
          committee: 'Kommunstyrelsen',
          income: false,
          kind: 'drift',
          note: 'Kansliet',
          previousAmount: 120_100_000,
          row: 2,
        },
        {
          amount: -900_000_000,
          committee: 'Skatteintäkter',
          income: true,
          kind: 'drift',
          note: null,
          previousAmount: null,
          row: 3,
        },
        {
          amount: 35_000_000,
          committee: 'Kommunstyrelsen',
          income: false,
          kind: 'investering',
          note: null,
          previousAmount: 28_000_000,
          row: 4,
        },
      ],
    })
  })

  it('should read Windows-1252 and .xlsx alike', async () => {
    const rows = [['Omsorgsnämnden', 'drift', '355 000', '349 500', 'Äldreomsorg']]
    const fromAnsi = await parseBudgetFile(windows1252(budgetCsv(rows, { bom: false })))
    expect(fromAnsi.rows[0]).toMatchObject({
      amount: 355_000_000,
      committee: 'Omsorgsnämnden',
      note: 'Äldreomsorg',
    })
    const fromXlsx = await parseBudgetFile(
      await budgetXlsx([
        ['Omsorgsnämnden', 'drift', 355000, '349 500', 'Äldreomsorg'],
        ['Kommunstyrelsen', 'investering', '1 234,5', null, null],
      ]),
    )
    expect(fromXlsx.errors).toEqual([])
    expect(fromXlsx.rows.map((r) => [r.committee, r.kind, r.amount, r.previousAmount])).toEqual([
      ['Omsorgsnämnden', 'drift', 355_000_000, 349_500_000],
      ['Kommunstyrelsen', 'investering', 1_234_500, null],
    ])
  })

  it('should refuse every bad row with its number and reason, and a file without the columns', async () => {
    const parsed = await parseBudgetFile(
      Buffer.from(
        budgetCsv([
          ['Kommunstyrelsen', 'drift', '100', '', ''],
          ['', 'drift', '100', '', ''],
          ['Miljönämnden', 'löner', '12 kr', '', ''],
          ['Kommunstyrelsen', 'investering', '-5', '', ''],
        ]),
      ),
    )
    expect(parsed.errors).toEqual([
      { message: expect.stringContaining('nämnd saknas'), row: 3 },
      { message: expect.stringMatching(/typ är "löner".*belopp_tkr "12 kr" är inget tal/), row: 4 },
      { message: expect.stringContaining('en investering kan inte vara negativ'), row: 5 },
    ])
    expect((await parseBudgetFile(Buffer.from('namn;summa\r\nA;1\r\n'))).errors[0]).toMatchObject({
      message: expect.stringContaining('Rubrikraden saknar nämnd, typ, belopp_tkr'),
      row: 1,
    })
  })

  it('should refuse a spreadsheet that unpacks to more than 20 MB, however its directory lies about it', async () => {
    // The directory says 1 KB; the entry inflates to 64 MB.
    const bomb = lyingZip('xl/worksheets/sheet1.xml', 64 * 1024 * 1024, 1024)
    const started = performance.now()
    expect((await parseBudgetFile(bomb)).errors[0].message).toContain('mer än 20 MB')
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('should refuse a file of more than 1000 rows, counting every row, without stalling the server', async () => {
    const many = await budgetXlsx(
      Array.from({ length: 20_000 }, (_, i) => [`Nämnd ${i}`, 'drift', i, null, null]),
    )
    const csv = Buffer.from(
      budgetCsv(Array.from({ length: 1500 }, (_, i) => [`Nämnd ${i}`, 'drift', '1', '', ''])),
    )
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    const [xlsx, text] = await Promise.all([parseBudgetFile(many), parseBudgetFile(csv)])
    delay.disable()
    expect(xlsx.errors).toEqual([{ message: expect.stringContaining('20000 rader'), row: 0 }])
    expect(xlsx.rows).toEqual([])
    expect(text.errors).toEqual([{ message: expect.stringContaining('1500 rader'), row: 0 }])
    // Read in a worker: the main thread went on.
    expect(delay.max / 1e6).toBeLessThan(100)
  })

  it('should refuse committee names a spreadsheet would run as formulas', async () => {
    const parsed = await parseBudgetFile(
      Buffer.from(
        budgetCsv([
          ['=HYPERLINK("http://x","y")', 'drift', '1', '', ''],
          ['@SUM(1)', 'drift', '1', '', ''],
          ['-2+3', 'drift', '1', '', ''],
          ['Kommunstyrelsen', 'drift', '1', '', '=1+1'],
        ]),
      ),
    )
    expect(parsed.errors.map((e) => e.row)).toEqual([2, 3, 4])
    expect(parsed.errors[0].message).toContain('formel')
  })
})
