import { toCsv } from '../../src/publicPage/openData'

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
