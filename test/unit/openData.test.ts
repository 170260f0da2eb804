import fc from 'fast-check'
import Papa from 'papaparse'

import { toCsv } from '../../src/lib/csvTable'

describe('toCsv', () => {
  it('should write UTF-8 with BOM, semicolons, decimal commas and CRLF', () => {
    const csv = toCsv({
      columns: ['title', 'value'],
      rows: [
        ['Åtgärd', 12.5],
        ['Öka', null],
      ],
    })
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toBe('\uFEFFtitle;value\r\nÅtgärd;12,5\r\nÖka;\r\n')
  })

  it('should quote fields with separators, quotes or line breaks', () => {
    const csv = toCsv({ columns: ['a'], rows: [['x;y'], ['säg "hej"'], ['rad\nrad']] })
    expect(csv).toBe('\uFEFFa\r\n"x;y"\r\n"säg ""hej"""\r\n"rad\nrad"\r\n')
  })
})

describe('toCsv against formula injection', () => {
  const parsed = (csv: string): string[][] =>
    Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true })
      .data

  it('should neutralise the known payloads and keep numbers, negative ones included, as numbers', () => {
    const payloads = [
      '=HYPERLINK("http://evil.example","Klicka")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)*cmd|calc',
      "-2+3+cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
    ]
    const cells = parsed(
      toCsv({ columns: ['committee', 'amount'], rows: payloads.map((p) => [p, -2500.5]) }),
    )
    for (const [i, row] of cells.slice(1).entries()) {
      expect(row[0]).toBe(`'${payloads[i]}`)
      expect(row[1]).toBe('-2500,5')
    }
  })

  it('should never give a spreadsheet a text cell it would run, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        (texts) => {
          const cells = parsed(toCsv({ columns: ['t', 'n'], rows: texts.map((t) => [t, 1]) }))
            .slice(1)
            .map((row) => row[0] ?? '')
          for (const [i, cell] of cells.entries()) {
            expect(cell).not.toMatch(/^[=+\-@\t\r]/)
            expect(
              cell.startsWith("'") && /^[=+\-@\t\r]/.test(texts[i]) ? cell.slice(1) : cell,
            ).toBe(texts[i])
          }
        },
      ),
      { seed: Date.now(), verbose: true },
    )
  })
})
