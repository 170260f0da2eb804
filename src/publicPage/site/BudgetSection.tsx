import type { PublicBudget } from '../../shape/publicPageShape'
import type { PageWords } from './pageWords'

import { formatFigure } from '../../lib/assessIndicator'
import { TaxCalculator } from './TaxCalculator'

const mkr = (n: number) => `${formatFigure(n / 1_000_000)} mnkr`
const kr = (n: number) =>
  `${Math.round(n)
    .toLocaleString('sv-SE')
    .replace(/\u00a0/g, ' ')} kr`
const signed = (n: number, text: string) => `${n > 0 ? '+' : ''}${text}`

/**
 * "Så används skattepengarna": the committees' operating frames as a bar chart in HTML (largest
 * first; each bar named with its committee and amount in the page's own type, so the labels keep
 * their size at any width and colour carries nothing), the same figures with last year's and the
 * change in a table that fits the column, and the tax-krona calculator.
 */
export const BudgetSection = ({
  budget,
  monthlyIncome,
  pagePath,
  taxRate,
  words,
}: {
  budget: NonNullable<PublicBudget>
  monthlyIncome: null | number
  pagePath: string
  taxRate: null | number
  words: PageWords
}) => {
  const frames = budget.lines
    .filter((l) => l.kind === 'drift' && !l.income && l.amount > 0)
    .sort((a, b) => b.amount - a.amount)
  const max = Math.max(1, ...frames.map((l) => l.amount))
  const { income, investment, operating, result } = budget.totals
  return (
    <section aria-labelledby="skattepengar-rubrik" className="budget" id="skattepengar">
      <h2 id="skattepengar-rubrik">{words.budgetHeading}</h2>
      <p>{words.budgetSummary(mkr(operating), mkr(income), mkr(result), mkr(investment))}</p>
      {frames.length > 0 ? (
        <figure aria-labelledby="budget-chart-title" className="budget-chart">
          <figcaption id="budget-chart-title">{words.chartCaption}</figcaption>
          <ul>
            {frames.map((l, i) => (
              <li key={`${l.committee}-${i}`}>
                <span className="budget-chart__label">{`${l.committee} – ${mkr(l.amount)}`}</span>
                <span
                  aria-hidden="true"
                  className="budget-chart__bar"
                  style={{ width: `${Math.max(0.5, (100 * l.amount) / max).toFixed(1)}%` }}
                />
              </li>
            ))}
          </ul>
        </figure>
      ) : null}
      <div
        aria-labelledby="budget-table-caption"
        className="table-scroll"
        role="region"
        tabIndex={0}
      >
        <table className="budget-table">
          <caption id="budget-table-caption">{words.budgetCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.budgetCommittee}</th>
              <th scope="col">{words.budgetKind}</th>
              <th scope="col">{words.budgetAmount}</th>
              <th scope="col">{words.budgetPrevious}</th>
              <th scope="col">{words.budgetChange}</th>
            </tr>
          </thead>
          <tbody>
            {budget.lines.map((l, i) => {
              const change = l.previousAmount === null ? null : l.amount - l.previousAmount
              const percent =
                change === null || !l.previousAmount
                  ? null
                  : (change / Math.abs(l.previousAmount)) * 100
              return (
                <tr key={`${l.committee}-${i}`}>
                  <th scope="row">{l.committee}</th>
                  <td>{l.income ? words.budgetIncome : l.kind}</td>
                  <td>{kr(l.amount)}</td>
                  <td>{l.previousAmount === null ? '–' : kr(l.previousAmount)}</td>
                  <td>
                    {change === null ? (
                      '–'
                    ) : (
                      <>
                        <span className="figure">{signed(change, kr(change))}</span>
                        {percent === null ? null : (
                          <>
                            {' '}
                            <span className="figure">{`(${signed(change, formatFigure(percent))} %)`}</span>
                          </>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {taxRate ? (
        <TaxCalculator
          budget={budget}
          initialIncome={monthlyIncome}
          pagePath={pagePath}
          taxRate={taxRate}
          words={{
            button: words.calculatorButton,
            heading: words.calculatorHeading,
            income: words.calculatorIncome,
            invalid: words.calculatorInvalid,
            note: words.calculatorNote,
            perMonth: words.calculatorPerMonth,
            result: words.calculatorResult('{rate}', '{tax}'),
          }}
        />
      ) : null}
    </section>
  )
}
