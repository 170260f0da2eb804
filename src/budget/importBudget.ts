import type { Payload, PayloadRequest } from 'payload'

import type { BudgetTotals } from './budgetTotals'
import type { BudgetRowError, ParsedBudgetRow } from './parseBudgetFile'

import { budgetTotals } from './budgetTotals'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { parseBudgetFile } from './parseBudgetFile'

/** What an import found, and whether it stored the lines. */
export type BudgetImportResult = {
  errors: BudgetRowError[]
  rows: ParsedBudgetRow[]
  stored: boolean
  totals: BudgetTotals
}

/**
 * Imports the finance office's file into a plan: every row read first; with any bad row, or as a
 * dry run, nothing is stored; otherwise the rows replace the plan's budget lines in its draft —
 * all or nothing — for an editor to publish.
 */
export const importBudget = async (
  payload: Payload,
  planId: number | string,
  file: Buffer,
  { dryRun = false, req }: { dryRun?: boolean; req?: PayloadRequest } = {},
): Promise<BudgetImportResult> => {
  const { errors, rows } = await parseBudgetFile(file)
  const lines = rows.map(({ row: _row, ...line }) => line)
  const totals = budgetTotals(lines)
  if (errors.length > 0 || dryRun) return { errors, rows, stored: false, totals }
  await payload.update({
    id: planId,
    collection: pluginOptionsOf(payload.config).slugs.budgetPlans,
    data: { budgetLines: lines },
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return { errors, rows, stored: true, totals }
}
