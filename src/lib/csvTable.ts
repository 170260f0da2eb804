/** A flat table: column names and rows of plain values. */
export type Table = { columns: readonly string[]; rows: (null | number | string)[][] }

// A text cell a spreadsheet would take for a formula (OWASP's CSV injection rule: = + - @, tab,
// carriage return first) gets a leading apostrophe, which spreadsheets show as text and hide.
const FORMULA_START = /^[=+\-@\t\r]/

const cell = (value: null | number | string): string => {
  if (value === null) return ''
  const text =
    typeof value === 'number'
      ? String(value).replace('.', ',')
      : FORMULA_START.test(value)
        ? `'${value}`
        : value
  return /[";\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * CSV that Swedish Excel opens right: UTF-8 with a byte-order mark, `;` between fields, decimal
 * comma, CRLF line ends, fields quoted when they need it — and no text a spreadsheet would run as
 * a formula (numbers stay numbers, negative ones included).
 */
export const toCsv = (table: Table): string =>
  '\uFEFF' +
  [table.columns.map(cell), ...table.rows.map((row) => row.map(cell))]
    .map((r) => r.join(';'))
    .join('\r\n') +
  '\r\n'
