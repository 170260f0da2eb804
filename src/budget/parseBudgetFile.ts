import ExcelJS from 'exceljs'
import Papa from 'papaparse'

import { parseSwedishNumber } from '../lib/swedishNumber'
import { declaredUnzippedSize } from './zipSize'

/** The columns of the finance office's file, in the template's order. */
export const BUDGET_COLUMNS = [
  'nämnd',
  'typ',
  'belopp_tkr',
  'föregående_år_tkr',
  'kommentar',
] as const

/** Most rows one file may hold. */
export const MAX_BUDGET_ROWS = 1000

const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024

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

const decode = (buffer: Buffer): string => {
  const withoutBom =
    buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom)
  } catch {
    // Excel's "CSV" on Swedish Windows is Windows-1252.
    return new TextDecoder('windows-1252').decode(withoutBom)
  }
}

const cellText = (value: unknown): unknown => {
  if (value && typeof value === 'object') {
    if ('result' in value) return (value as { result: unknown }).result
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
    if ('text' in value) return (value as { text: unknown }).text
  }
  return value
}

const tableOfXlsx = async (buffer: Buffer): Promise<string | unknown[][]> => {
  const size = declaredUnzippedSize(buffer)
  if (size === null) return 'Filen är ingen läsbar .xlsx-fil / Not a readable .xlsx file'
  if (size > MAX_UNZIPPED_BYTES)
    return 'Filen packas upp till mer än 20 MB; dela upp den / The file unpacks to more than 20 MB'
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as an ArrayBuffer-like "Buffer" of its own: hand it the bytes' ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer)
  } catch {
    return 'Filen är ingen läsbar .xlsx-fil / Not a readable .xlsx file'
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return 'Arbetsboken har inget blad / The workbook has no sheet'
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > MAX_BUDGET_ROWS + 1) return
    const values = Array.isArray(row.values) ? row.values.slice(1) : []
    rows[number - 1] = values.map(cellText)
  })
  return Array.from(rows, (r) => r ?? [])
}

const tableOfCsv = (buffer: Buffer): unknown[][] => {
  const parsed = Papa.parse<string[]>(decode(buffer), {
    delimitersToGuess: [';', '\t', ','],
    skipEmptyLines: false,
  })
  return parsed.data
}

/**
 * Reads the finance office's budget file — `.xlsx`, or CSV with `;`, decimal comma, spaces between
 * thousands, in UTF-8 or Windows-1252 — with the columns `nämnd;typ;belopp_tkr;föregående_år_tkr;
 * kommentar`. Every row is understood or refused with its row number and a reason. A negative
 * operating amount is the finance office's way of writing income, and is read as an income line.
 */
export const parseBudgetFile = async (buffer: Buffer): Promise<ParsedBudgetFile> => {
  const isZip = buffer.length > 4 && buffer.readUInt32LE(0) === 0x04034b50
  const table = isZip ? await tableOfXlsx(buffer) : tableOfCsv(buffer)
  if (typeof table === 'string') return { errors: [{ message: table, row: 0 }], rows: [] }
  const header = (table[0] ?? []).map((h) => fold(String(cellText(h) ?? '')))
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
      index[column] >= 0 ? cellText(cells[index[column]]) : undefined
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
