import type { Endpoint, PayloadRequest } from 'payload'

import type { BudgetPlan, FollowUpReport } from '../types'

import { committeeProblem, fold, readColumns, type RowError } from '../budget/readColumns'
import { json, receiveFinanceFile } from '../budget/receiveFinanceFile'
import { idOf } from '../lib/idOf'
import { parseSwedishNumber } from '../lib/swedishNumber'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** The columns of the finance office's outcome file, in the template's order. */
export const OUTCOME_COLUMNS = ['nämnd', 'typ', 'utfall_tkr', 'prognos_tkr', 'kommentar'] as const

/** A committee's outcome as read: amounts in thousands of kronor, as the file gives them. */
export type OutcomeRow = {
  comment: null | string
  committee: string
  forecast: null | number
  kind: 'drift' | 'investering'
  outcome: null | number
  row: number
}

/**
 * Reads the outcome file (`nämnd;typ;utfall_tkr;prognos_tkr;kommentar`, `.xlsx` or CSV as the
 * budget's): every row understood, or refused with its number and the reason; a committee named
 * twice for the same kind is refused (which row would count?).
 */
export const parseOutcomeFile = async (
  buffer: Buffer,
): Promise<{ errors: RowError[]; rows: OutcomeRow[] }> => {
  const read = await readColumns(buffer, OUTCOME_COLUMNS, ['prognos_tkr', 'kommentar'])
  if (read.errors.length > 0) return { errors: read.errors, rows: [] }
  const rows: OutcomeRow[] = []
  const errors: RowError[] = []
  const seen = new Map<string, number>()
  for (const { at, row } of read.rows) {
    const committee = String(at('nämnd') ?? '').trim()
    const kind = fold(String(at('typ') ?? ''))
    const number = (column: 'prognos_tkr' | 'utfall_tkr') => {
      const raw = at(column)
      if (raw === undefined || raw === null || String(raw).trim() === '') return { value: null }
      const value = parseSwedishNumber(raw)
      return value === null || Math.abs(value) > 1e9
        ? {
            problem: `${column} "${String(raw).slice(0, 40)}" är inget rimligt tal (t.ex. 12 345,5) / not a number`,
          }
        : { value }
    }
    const outcome = number('utfall_tkr')
    const forecast = number('prognos_tkr')
    const comment = String(at('kommentar') ?? '').trim()
    const problems = [
      committeeProblem(committee),
      kind === 'drift' || kind === 'investering'
        ? undefined
        : `typ är "${String(at('typ') ?? '').slice(0, 40)}", ska vara drift eller investering / type must be drift or investering`,
      outcome.problem,
      forecast.problem,
      !outcome.problem && !forecast.problem && outcome.value == null && forecast.value == null
        ? 'utfall_tkr eller prognos_tkr behövs / an outcome or a forecast is needed'
        : undefined,
      comment.length > 500 ? 'kommentaren är längre än 500 tecken / comment too long' : undefined,
      seen.has(`${committee}|${kind}`)
        ? `${committee} (${kind}) finns redan på rad ${seen.get(`${committee}|${kind}`)} / the committee is listed twice`
        : undefined,
    ].filter((p): p is string => p !== undefined)
    seen.set(`${committee}|${kind}`, row)
    if (problems.length > 0) {
      errors.push({ message: problems.join('; '), row })
      continue
    }
    rows.push({
      comment: comment || null,
      committee,
      forecast: forecast.value ?? null,
      kind: kind as OutcomeRow['kind'],
      outcome: outcome.value ?? null,
      row,
    })
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ message: 'Filen har inga rader / No rows', row: 0 })
  return { errors, rows }
}

/**
 * Each committee's outcome against its budget line in the report's draft: the budget (tkr) from the
 * plan's line of the same committee and kind, when it has one.
 */
const outcomesOf = (rows: OutcomeRow[], plan: BudgetPlan | null): FollowUpReport['outcomes'] =>
  rows.map((row) => {
    const line = (plan?.budgetLines ?? []).find(
      (l) => l.kind === row.kind && fold(l.committee) === fold(row.committee),
    )
    return {
      budget: line ? Math.round(line.amount / 1000) : null,
      comment: row.comment,
      committee: row.committee,
      forecast: row.forecast,
      kind: row.kind,
      outcome: row.outcome,
    }
  })

const importInto = async (req: PayloadRequest, report: FollowUpReport, file: Buffer) => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  const { errors, rows } = await parseOutcomeFile(file)
  if (errors.length > 0) return { errors, outcomes: [] }
  const plan = (await req.payload.findByID({
    collection: slugs.budgetPlans,
    depth: 0,
    disableErrors: true,
    id: idOf(report.plan) ?? -1,
    overrideAccess: true,
    req,
  })) as BudgetPlan | null
  return { errors, outcomes: outcomesOf(rows, plan) ?? [] }
}

/**
 * `POST /api/follow-up-reports/:id/outcome-import` (multipart, field `file`; staff): the finance
 * office's outcome file. Any bad row → `400 {"errors":[{"row","message"}]}` and nothing stored;
 * `?dryRun=1` → `200` with the outcomes against the budget, nothing stored; otherwise they replace
 * the report's outcomes in its draft (all or nothing) → `200 {"outcomes": n}`.
 */
export const outcomeImportEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const { slugs } = pluginOptionsOf(req.payload.config)
    const id = req.routeParams?.id
    let report: FollowUpReport | undefined
    const file = await receiveFinanceFile(
      req,
      async () => {
        const { docs } = await req.payload.find({
          collection: slugs.followUpReports,
          depth: 0,
          draft: true,
          limit: 1,
          overrideAccess: true,
          where: { id: { equals: typeof id === 'string' || typeof id === 'number' ? id : -1 } },
        })
        report = docs[0] as FollowUpReport | undefined
        return report !== undefined
      },
      'Uppföljningen finns inte / No such follow-up report',
    )
    if (file instanceof Response) return file
    const found = report as FollowUpReport
    const { errors, outcomes } = await importInto(req, found, file)
    if (errors.length > 0) return json({ errors }, 400)
    if (['1', 'true'].includes(req.searchParams.get('dryRun') ?? ''))
      return json({ dryRun: true, outcomes }, 200)
    await req.payload.update({
      collection: slugs.followUpReports,
      data: { outcomes },
      depth: 0,
      draft: true,
      id: found.id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    return json({ draft: true, outcomes: outcomes?.length ?? 0 }, 200)
  },
  method: 'post',
  path: '/:id/outcome-import',
})
