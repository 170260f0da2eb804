'use client'

import type { FinanceAnswer } from '../budget/FinanceFileImport'

import { FinanceFileImport } from '../budget/FinanceFileImport'
import { useWords } from '../lib/useWords'

type Row = {
  budget: null | number
  comment: null | string
  committee: string
  forecast: null | number
  kind: string
  outcome: null | number
}

const tkr = (n: null | number) => (n === null ? '–' : `${n.toLocaleString('sv-SE')} tkr`)

/**
 * "Importera utfall från ekonomiavdelningen" on a follow-up report: the finance office's outcome
 * file, previewed against the plan's budget lines, then stored all or nothing into the draft.
 */
export const OutcomeImport = () => {
  const { t } = useWords()
  return (
    <FinanceFileImport<Row>
      columns={[
        { cell: (r) => r.committee, heading: t('malOchBudget:colCommittee') },
        { cell: (r) => r.kind, heading: t('malOchBudget:colKind') },
        { cell: (r) => tkr(r.budget), heading: t('malOchBudget:colBudget') },
        { cell: (r) => tkr(r.outcome), heading: t('malOchBudget:colOutcome') },
        { cell: (r) => tkr(r.forecast), heading: t('malOchBudget:colForecast') },
      ]}
      endpoint="outcome-import"
      read={(answer) => {
        const outcomes = answer.outcomes
        return {
          ...(answer as FinanceAnswer<Row>),
          rows: Array.isArray(outcomes) ? (outcomes as Row[]) : undefined,
          stored: typeof outcomes === 'number' ? outcomes : undefined,
        }
      }}
      storedParam="utfall"
      words={{
        columns: t('malOchBudget:outcomeColumns'),
        heading: t('malOchBudget:outcomeImportHeading'),
        stored: (count) => t('malOchBudget:outcomeStored', { count }),
      }}
    />
  )
}
