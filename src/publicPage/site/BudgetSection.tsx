import type { PublicBudget } from '../shape/publicPageShape'

import { formatFigure } from '../../lib/assessIndicator'
import { TaxCalculator } from './TaxCalculator'

const W = 320
const BAR_H = 30

const mkr = (n: number) => `${formatFigure(n / 1_000_000)} mnkr`
const kr = (n: number) =>
  `${Math.round(n)
    .toLocaleString('sv-SE')
    .replace(/\u00a0/g, ' ')} kr`

/**
 * "Så används skattepengarna": the committees' operating frames as a server-rendered bar chart
 * (largest first; each bar labelled with its committee and amount, so colour carries nothing),
 * the same figures with last year's and the change in a table, and the tax-krona calculator.
 */
export const BudgetSection = ({
  budget,
  monthlyIncome,
  pagePath,
  taxRate,
}: {
  budget: NonNullable<PublicBudget>
  monthlyIncome: null | number
  pagePath: string
  taxRate: null | number
}) => {
  const frames = budget.lines
    .filter((l) => l.kind === 'drift' && !l.income && l.amount > 0)
    .sort((a, b) => b.amount - a.amount)
  const max = Math.max(1, ...frames.map((l) => l.amount))
  const height = frames.length * (BAR_H + 22) + 8
  return (
    <section aria-labelledby="skattepengar-rubrik" className="budget" id="skattepengar">
      <h2 id="skattepengar-rubrik">Så används skattepengarna</h2>
      <p>
        {`Nämndernas driftramar ${mkr(budget.totals.operating)}, intäkter ${mkr(budget.totals.income)}, planerat resultat ${mkr(budget.totals.result)}. Investeringar ${mkr(budget.totals.investment)}.`}
      </p>
      {frames.length > 0 ? (
        <svg
          aria-labelledby="budget-chart-title budget-chart-desc"
          className="budget-chart"
          role="img"
          viewBox={`0 0 ${W} ${height}`}
          width="100%"
        >
          <title id="budget-chart-title">Driftramar per nämnd</title>
          <desc id="budget-chart-desc">
            {`Stapeldiagram, störst först: ${frames.map((l) => `${l.committee} ${mkr(l.amount)}`).join(', ')}. Alla belopp finns i tabellen.`}
          </desc>
          <g fontFamily="system-ui, sans-serif" fontSize={14}>
            {frames.map((l, i) => {
              const y = 4 + i * (BAR_H + 22)
              return (
                <g key={`${l.committee}-${i}`}>
                  <text fill="#1a1a1a" x={0} y={y + 14}>
                    {`${l.committee} – ${mkr(l.amount)}`}
                  </text>
                  <rect
                    fill="#0b5394"
                    height={BAR_H - 14}
                    width={Math.max(2, ((W - 4) * l.amount) / max)}
                    x={0}
                    y={y + 20}
                  />
                </g>
              )
            })}
          </g>
        </svg>
      ) : null}
      <div
        aria-labelledby="budget-table-caption"
        className="table-scroll"
        role="region"
        tabIndex={0}
      >
        <table className="budget-table">
          <caption id="budget-table-caption">Budget per nämnd (kronor)</caption>
          <thead>
            <tr>
              <th scope="col">Nämnd</th>
              <th scope="col">Typ</th>
              <th scope="col">Belopp</th>
              <th scope="col">Föregående år</th>
              <th scope="col">Förändring</th>
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
                  <td>{l.income ? 'intäkt' : l.kind}</td>
                  <td>{kr(l.amount)}</td>
                  <td>{l.previousAmount === null ? '–' : kr(l.previousAmount)}</td>
                  <td>
                    {change === null
                      ? '–'
                      : `${change > 0 ? '+' : ''}${kr(change)}${percent === null ? '' : ` (${change > 0 ? '+' : ''}${formatFigure(percent)} %)`}`}
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
        />
      ) : null}
    </section>
  )
}
