import { parseSwedishNumber } from '../lib/swedishNumber'
import { committeeProblem, fold, readColumns, type RowError } from './readColumns'

export { MAX_BUDGET_ROWS } from './readSpreadsheet'

/** The columns of the finance office's file, in the template's order. */
export const BUDGET_COLUMNS = [
  'nämnd',
  'typ',
  'belopp_tkr',
  'föregående_år_tkr',
  'kommentar',
] as const

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
export type BudgetRowError = RowError

/** What a file holds: every row understood, or the reasons rows were refused. */
export type ParsedBudgetFile = { errors: BudgetRowError[]; rows: ParsedBudgetRow[] }

/**
 * Reads the finance office's budget file — `.xlsx`, or CSV with `;`, decimal comma, spaces between
 * thousands, in UTF-8 or Windows-1252 — with the columns `nämnd;typ;belopp_tkr;föregående_år_tkr;
 * kommentar`, read off the main thread (readSpreadsheet). Every row is understood or refused with its
 * row number and a reason; names a spreadsheet would run as formulas are refused. A negative
 * operating amount is the finance office's way of writing income, and is read as an income line.
 */
export const parseBudgetFile = async (buffer: Buffer): Promise<ParsedBudgetFile> => {
  const read = await readColumns(buffer, BUDGET_COLUMNS, ['kommentar', 'föregående_år_tkr'])
  if (read.errors.length > 0) return { errors: read.errors, rows: [] }
  const rows: ParsedBudgetRow[] = []
  const errors: BudgetRowError[] = []
  for (const { at, row } of read.rows) {
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
    const committeeIssue = committeeProblem(committee)
    if (committeeIssue) problems.push(committeeIssue)
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
      continue
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
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ message: 'Filen har inga budgetrader / No budget rows', row: 0 })
  return { errors, rows }
}
