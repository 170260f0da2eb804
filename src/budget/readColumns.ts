import { MAX_BUDGET_ROWS, readSpreadsheet } from './readSpreadsheet'

/** A row refused, with the reason in Swedish (and English). */
export type RowError = { message: string; row: number }

/** One data row of a finance file: its number (as the spreadsheet shows it) and its cells by column. */
export type ColumnRow<C extends string> = { at: (column: C) => unknown; row: number }

// A name a spreadsheet would run as a formula (OWASP's CSV injection rule): no committee is called so.
export const FORMULA_START = /^[=+\-@\t\r]/

/** A header or a type as typed, compared without case, å/ä/ö or spaces. */
export const fold = (s: string): string =>
  s.trim().toLowerCase().replace(/å|ä/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '_')

/**
 * A finance office's file (`.xlsx`, or CSV with `;`, in UTF-8 or Windows-1252, read off the main
 * thread) as rows of named columns: the header row must name every column but the `optional` ones
 * (in any order); empty rows are skipped; more than {@link MAX_BUDGET_ROWS} rows are refused.
 */
export const readColumns = async <C extends string>(
  buffer: Buffer,
  columns: readonly C[],
  optional: readonly C[],
): Promise<{ errors: RowError[]; rows: ColumnRow<C>[] }> => {
  const read = await readSpreadsheet(buffer)
  if ('problem' in read) return { errors: [{ message: read.problem, row: 0 }], rows: [] }
  const { table } = read
  const header = (table[0] ?? []).map((h) => fold(String(h ?? '')))
  const index = Object.fromEntries(columns.map((c) => [c, header.indexOf(fold(c))])) as Record<
    C,
    number
  >
  const missing = columns.filter((c) => !optional.includes(c) && index[c] < 0)
  if (missing.length > 0) {
    const message = `Rubrikraden saknar ${missing.join(', ')}; första raden ska vara ${columns.join(';')} (hämta mallen) / The header row lacks ${missing.join(', ')}`
    return { errors: [{ message, row: 1 }], rows: [] }
  }
  const body = table.slice(1)
  const last = body.reduce<number>(
    (end, r, i) => (r.some((c) => String(c ?? '').trim() !== '') ? i + 1 : end),
    0,
  )
  if (last > MAX_BUDGET_ROWS) {
    const message = `Filen har fler än ${MAX_BUDGET_ROWS} rader / More than ${MAX_BUDGET_ROWS} rows`
    return { errors: [{ message, row: 0 }], rows: [] }
  }
  const rows = body.slice(0, last).flatMap((cells, i) =>
    cells.every((c) => String(c ?? '').trim() === '')
      ? []
      : [
          {
            at: (column: C) => (index[column] >= 0 ? cells[index[column]] : undefined),
            row: i + 2,
          },
        ],
  )
  return { errors: [], rows }
}

/** Why a committee's name cannot be stored, or undefined when it can. */
export const committeeProblem = (committee: string): string | undefined => {
  if (!committee) return 'nämnd saknas / committee missing'
  if (committee.length > 120)
    return 'nämndens namn är längre än 120 tecken / committee name too long'
  if (FORMULA_START.test(committee))
    return 'nämndens namn börjar med =, +, -, @ eller ett tabbtecken, som ett kalkylblad kör som formel; skriv namnet som det heter / the committee name starts like a spreadsheet formula'
  return undefined
}
