/** A budget line as the page and the totals see it, in whole kronor. */
export type BudgetLine = {
  amount: number
  committee: string
  /** An income line (e.g. skatteintäkter): its amount counts as revenue whatever its sign. */
  income: boolean
  kind: 'drift' | 'investering'
  previousAmount: null | number
}

/** The plan's totals, in whole kronor: computed from the lines, never typed. */
export type BudgetTotals = {
  /** Operating expenditure: the committees' operating frames. */
  operating: number
  /** Operating income lines. */
  income: number
  investment: number
  /** The planned result: operating income less operating expenditure. */
  result: number
  previousOperating: null | number
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** Totals per kind and the planned result (resultat) of a plan's budget lines. */
export const budgetTotals = (lines: readonly BudgetLine[]): BudgetTotals => {
  const frames = lines.filter((l) => l.kind === 'drift' && !l.income)
  const incomes = lines.filter((l) => l.kind === 'drift' && l.income)
  const operating = sum(frames.map((l) => l.amount))
  const income = sum(incomes.map((l) => Math.abs(l.amount)))
  const previous = frames.map((l) => l.previousAmount)
  return {
    income,
    investment: sum(lines.filter((l) => l.kind === 'investering').map((l) => l.amount)),
    operating,
    previousOperating:
      previous.every((p) => p !== null) && previous.length > 0 ? sum(previous as number[]) : null,
    result: income - operating,
  }
}

/** One committee's share of a resident's monthly municipal tax. */
export type TaxShare = { committee: string; kronor: number; share: number }

/**
 * Roughly how many kronor a month of a resident's municipal tax go to each committee: the monthly
 * income times the municipal tax rate, split by the committees' operating frames (income lines
 * and investments left out), rounded to whole kronor. Empty without a rate, an income or frames.
 */
/**
 * The committees' operating frames (income lines and investments left out), summed per
 * committee, largest first: what the tax krona is split by.
 */
export const committeeFrames = (
  lines: readonly BudgetLine[],
): [committee: string, amount: number][] => {
  const byCommittee = new Map<string, number>()
  for (const l of lines) {
    if (l.kind === 'drift' && !l.income && l.amount > 0)
      byCommittee.set(l.committee, (byCommittee.get(l.committee) ?? 0) + l.amount)
  }
  return [...byCommittee.entries()].sort((a, b) => b[1] - a[1])
}

export const taxKrona = (
  monthlyIncome: number,
  taxRatePercent: null | number,
  lines: readonly BudgetLine[],
): { shares: TaxShare[]; tax: number } => {
  const frames = committeeFrames(lines)
  const total = sum(frames.map(([, amount]) => amount))
  if (!taxRatePercent || monthlyIncome <= 0 || total <= 0) return { shares: [], tax: 0 }
  const tax = (monthlyIncome * taxRatePercent) / 100
  return {
    shares: frames.map(([committee, amount]) => ({
      committee,
      kronor: Math.round((tax * amount) / total),
      share: amount / total,
    })),
    tax: Math.round(tax),
  }
}
