'use client'

import { useConfig } from '@payloadcms/ui'

import type { FinanceAnswer } from './FinanceFileImport'

import { useWords } from '../lib/useWords'
import { FinanceFileImport } from './FinanceFileImport'

type Row = {
  amount: number
  committee: string
  kind: string
  previousAmount: null | number
  row: number
}

const kr = (n: null | number) => (n === null ? '–' : `${n.toLocaleString('sv-SE')} kr`)

/**
 * "Importera budget från fil" on a plan's Budget tab: the finance office's budget lines, previewed
 * row by row, then stored all or nothing into the plan's draft.
 */
export const BudgetImport = () => {
  const { t } = useWords()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  return (
    <FinanceFileImport<Row>
      columns={[
        { cell: (r) => r.row, heading: t('malOchBudget:colRow') },
        { cell: (r) => r.committee, heading: t('malOchBudget:colCommittee') },
        { cell: (r) => r.kind, heading: t('malOchBudget:colKind') },
        { cell: (r) => kr(r.amount), heading: t('malOchBudget:colAmount') },
        { cell: (r) => kr(r.previousAmount), heading: t('malOchBudget:colPreviousYear') },
      ]}
      endpoint="budget-import"
      read={(answer) => ({
        ...(answer as FinanceAnswer<Row>),
        stored: typeof answer.lines === 'number' ? answer.lines : undefined,
      })}
      storedParam="budgetrader"
      words={{
        columns: (
          <>
            {t('malOchBudget:budgetColumns')}{' '}
            <a href={`${api}/budget-plans/budget-template.csv`}>
              {t('malOchBudget:budgetTemplate')}
            </a>
            .
          </>
        ),
        heading: t('malOchBudget:budgetImportHeading'),
        stored: (count) => t('malOchBudget:budgetStored', { count }),
      }}
    />
  )
}
