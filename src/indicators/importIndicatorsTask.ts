import type { TaskConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { ImportSetupError, importIndicators } from './importIndicators'
import { inOwnRequest } from '../lib/ownRequest'

/** Slug of the indicator import task. */
export const IMPORT_INDICATORS = 'importIndicators'

/**
 * Daily (`indicators.importSchedule`): imports Kolada's figures for every goal's KPIs and reports
 * stale figures. A run that Kolada fails is recorded in the import list, not retried at once: the
 * next scheduled run tries again. A site with no municipality id set skips it, saying why.
 */
export const importIndicatorsTask = ({ indicators }: SanitizedOptions): TaskConfig => ({
  slug: IMPORT_INDICATORS,
  handler: inOwnRequest(async ({ req }) => {
    try {
      const report = await importIndicators(req.payload, { trigger: 'schedule' })
      return { output: { changes: report.changes.length, outcome: report.outcome } }
    } catch (error) {
      if (error instanceof ImportSetupError) return { output: { outcome: 'skipped' } }
      throw error
    }
  }),
  outputSchema: [
    { name: 'outcome', type: 'text' },
    { name: 'changes', type: 'number' },
  ],
  retries: 1,
  schedule: indicators.importSchedule ? [{ cron: indicators.importSchedule, queue: 'daily' }] : [],
})
