'use client'

import { useWords } from '../lib/useWords'

import { useFormFields } from '@payloadcms/ui'

import { budgetTotals, type BudgetLine } from './budgetTotals'

const kr = (n: number) => `${n.toLocaleString('sv-SE')} kr`

/** The budget's sums while editing: operating frames, income, investments and the planned result. */
export const BudgetTotals = () => {
  const lines = useFormFields(([fields]) => {
    const count = Number(fields.budgetLines?.value ?? 0)
    return Array.from({ length: Number.isFinite(count) ? count : 0 }, (_, i): BudgetLine => ({
      amount: Number(fields[`budgetLines.${i}.amount`]?.value ?? 0) || 0,
      committee: String(fields[`budgetLines.${i}.committee`]?.value ?? ''),
      income: fields[`budgetLines.${i}.income`]?.value === true,
      kind: fields[`budgetLines.${i}.kind`]?.value === 'investering' ? 'investering' : 'drift',
      previousAmount: null,
    }))
  })
  const { t } = useWords()
  const totals = budgetTotals(lines)
  return (
    <p aria-live="polite" style={{ margin: '0.25rem 0 0.75rem' }}>
      {t('malOchBudget:budgetTotals', {
        income: kr(totals.income),
        investment: kr(totals.investment),
        operating: kr(totals.operating),
        result: kr(totals.result),
      })}
    </p>
  )
}
