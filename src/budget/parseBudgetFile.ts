import { parseSwedishNumber } from '../lib/swedishNumber'
import { MAX_BUDGET_ROWS, readSpreadsheet } from './readSpreadsheet'

export { MAX_BUDGET_ROWS } from './readSpreadsheet'

/** The columns of the finance office's file, in the template's order. */
export const BUDGET_COLUMNS = [
  'nämnd',
  'typ',
  'belopp_tkr',
  'föregående_år_tkr',
  'kommentar',
] as const

// A name a spreadsheet would run as a formula (OWASP's CSV injection rule): no committee is called so.
const FORMULA_START = /^[=+\-@\t\r]/

/** A row understood: amounts in whole kronor (the file gives thousands). */
export type ParsedBudgetRow = {
  amount: number
  committee: string
  income: boolean
  kind: 'drift' | 'investering'
  note: null | string
  previousAmount: null | number
  row: number
}

/** A row refused, with the reason in Swedish (and English). */
export type BudgetRowError = { message: string; row: number }

/** What a file holds: every row understood, or the reasons rows were refused. */
export type ParsedBudgetFile = { errors: BudgetRowError[]; rows: ParsedBudgetRow[] }

const fold = (s: string) =>
  s.trim().toLowerCase().replace(/å|ä/g, 'a').replace(/ö/g, 'o').replace(/\s+/g, '_')

/**
 * Reads the finance office's budget file — `.xlsx`, or CSV with `;`, decimal comma, spaces between
 * thousands, in UTF-8 or Windows-1252 — with the columns `nämnd;typ;belopp_tkr;föregående_år_tkr;
 * kommentar`, read off the main thread (readSpreadsheet). Every row is understood or refused with its
 * row number and a reason; names a spreadsheet would run as formulas are refused. A negative
 * operating amount is the finance office's way of writing income, and is read as an income line.
 */
export const parseBudgetFile = async (buffer: Buffer): Promise<ParsedBudgetFile> => {
  const read = await readSpreadsheet(buffer)
  if ('problem' in read) return { errors: [{ message: read.problem, row: 0 }], rows: [] }
  const { table } = read
  const header = (table[0] ?? []).map((h) => fold(String(h ?? '')))
  const index = Object.fromEntries(BUDGET_COLUMNS.map((c) => [c, header.indexOf(fold(c))]))
  const missing = BUDGET_COLUMNS.filter(
    (c) => c !== 'kommentar' && c !== 'föregående_år_tkr' && index[c] < 0,
  )
  if (missing.length > 0) {
    return {
      errors: [
        {
          message: `Rubrikraden saknar ${missing.join(', ')}; första raden ska vara ${BUDGET_COLUMNS.join(';')} (hämta mallen) / The header row lacks ${missing.join(', ')}`,
          row: 1,
        },
      ],
      rows: [],
    }
  }
  const body = table.slice(1)
  const last = body.reduce<number>(
    (end, r, i) => (r.some((c) => String(c ?? '').trim() !== '') ? i + 1 : end),
    0,
  )
  if (last > MAX_BUDGET_ROWS) {
    return {
      errors: [
        {
          message: `Filen har fler än ${MAX_BUDGET_ROWS} rader / More than ${MAX_BUDGET_ROWS} rows`,
          row: 0,
        },
      ],
      rows: [],
    }
  }
  const rows: ParsedBudgetRow[] = []
  const errors: BudgetRowError[] = []
  body.slice(0, last).forEach((cells, i) => {
    const row = i + 2
    const at = (column: (typeof BUDGET_COLUMNS)[number]) =>
      index[column] >= 0 ? cells[index[column]] : undefined
    if (cells.every((c) => String(c ?? '').trim() === '')) return
    const committee = String(at('nämnd') ?? '').trim()
    const kind = fold(String(at('typ') ?? ''))
    const amount = parseSwedishNumber(at('belopp_tkr'))
    const previousRaw = at('föregående_år_tkr')
    const previous =
      previousRaw === undefined || previousRaw === null || String(previousRaw).trim() === ''
        ? null
        : parseSwedishNumber(previousRaw)
    const note = String(at('kommentar') ?? '').trim()
    const problems: string[] = []
    if (!committee) problems.push('nämnd saknas / committee missing')
    else if (committee.length > 120)
      problems.push('nämndens namn är längre än 120 tecken / committee name too long')
    else if (FORMULA_START.test(committee))
      problems.push(
        'nämndens namn börjar med =, +, -, @ eller ett tabbtecken, som ett kalkylblad kör som formel; skriv namnet som det heter / the committee name starts like a spreadsheet formula',
      )
    if (kind !== 'drift' && kind !== 'investering')
      problems.push(
        `typ är "${String(at('typ') ?? '')}", ska vara drift eller investering / type must be drift or investering`,
      )
    if (amount === null)
      problems.push(
        `belopp_tkr "${String(at('belopp_tkr') ?? '')}" är inget tal (t.ex. 12 345,5) / not a number`,
      )
    else if (Math.abs(amount) > 1e9)
      problems.push('belopp_tkr är orimligt stort / amount too large')
    if (
      previous === null &&
      previousRaw !== undefined &&
      previousRaw !== null &&
      String(previousRaw).trim() !== ''
    )
      problems.push(`föregående_år_tkr "${String(previousRaw)}" är inget tal / not a number`)
    if (kind === 'investering' && amount !== null && amount < 0)
      problems.push('en investering kan inte vara negativ / an investment cannot be negative')
    if (note.length > 500) problems.push('kommentaren är längre än 500 tecken / comment too long')
    if (problems.length > 0 || amount === null) {
      errors.push({ message: problems.join('; '), row })
      return
    }
    rows.push({
      amount: Math.round(amount * 1000),
      committee,
      income: kind === 'drift' && amount < 0,
      kind: kind as 'drift' | 'investering',
      note: note || null,
      previousAmount: previous === null ? null : Math.round(previous * 1000),
      row,
    })
  })
  if (rows.length === 0 && errors.length === 0)
    errors.push({ message: 'Filen har inga budgetrader / No budget rows', row: 0 })
  return { errors, rows }
}
