'use client'

import { useId, useState } from 'react'

import type { PublicBudget } from '../../shape/publicPageShape'

import { committeeFrames, taxKrona } from '../../budget/budgetTotals'
import { parseMonthlyIncome } from '../../lib/monthlyIncome'

const kr = (n: number) => `${n.toLocaleString('sv-SE')} kr`

/**
 * The tax-krona calculator: a resident's monthly income → roughly how many kronor of it go to each
 * committee each month. A GET form (`manadsinkomst`) that the server answers without JavaScript;
 * with JavaScript the answer follows the typing.
 */
export const TaxCalculator = ({
  budget,
  initialIncome,
  pagePath,
  taxRate,
  words,
}: {
  budget: NonNullable<PublicBudget>
  initialIncome: null | number
  pagePath: string
  taxRate: number
  /** The calculator's words in the page's language (`result` with `{rate}` and `{tax}`). */
  words: {
    button: string
    heading: string
    income: string
    invalid: string
    note: string
    perMonth: string
    result: string
  }
}) => {
  const uid = useId()
  const [raw, setRaw] = useState(initialIncome === null ? '' : String(initialIncome))
  const income = parseMonthlyIncome(raw)
  const { shares, tax } =
    income === null ? { shares: [], tax: 0 } : taxKrona(income, taxRate, budget.lines)
  return (
    <div
      className="tax-calculator"
      // What the page's island script needs to answer as the reader types (see pageIsland).
      data-island={JSON.stringify({
        committees: committeeFrames(budget.lines),
        rate: taxRate,
        words: { invalid: words.invalid, perMonth: words.perMonth, result: words.result },
      })}
      data-island-kind="tax-calculator"
    >
      <h3 id={`${uid}-heading`}>{words.heading}</h3>
      <form action={`${pagePath}#skattepengar`} aria-labelledby={`${uid}-heading`} method="get">
        <label htmlFor={`${uid}-income`}>{words.income}</label>
        <div className="calculator-row">
          <input
            autoComplete="off"
            id={`${uid}-income`}
            inputMode="numeric"
            name="manadsinkomst"
            onChange={(e) => setRaw(e.target.value)}
            pattern="[0-9 ]*"
            value={raw}
          />
          <button type="submit">{words.button}</button>
        </div>
      </form>
      <div aria-live="polite">
        {income !== null && shares.length > 0 ? (
          <>
            <p>
              {words.result
                .replace('{rate}', taxRate.toLocaleString('sv-SE'))
                .replace('{tax}', kr(tax))}
            </p>
            <ul className="tax-shares">
              {shares.map((s) => (
                <li key={s.committee}>{`${s.committee}: ${kr(s.kronor)} ${words.perMonth}`}</li>
              ))}
            </ul>
          </>
        ) : raw.trim() !== '' && income === null ? (
          <p>{words.invalid}</p>
        ) : null}
      </div>
      <p className="calculator-note">{words.note}</p>
    </div>
  )
}
