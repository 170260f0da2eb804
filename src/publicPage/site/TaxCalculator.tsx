'use client'

import { useId, useState } from 'react'

import type { PublicBudget } from '../shape/publicPageShape'

import { taxKrona } from '../../lib/budgetTotals'
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
}: {
  budget: NonNullable<PublicBudget>
  initialIncome: null | number
  pagePath: string
  taxRate: number
}) => {
  const uid = useId()
  const [raw, setRaw] = useState(initialIncome === null ? '' : String(initialIncome))
  const income = parseMonthlyIncome(raw)
  const { shares, tax } =
    income === null ? { shares: [], tax: 0 } : taxKrona(income, taxRate, budget.lines)
  return (
    <div className="tax-calculator">
      <h3 id={`${uid}-heading`}>Vart går din skatt?</h3>
      <form action={`${pagePath}#skattepengar`} aria-labelledby={`${uid}-heading`} method="get">
        <label htmlFor={`${uid}-income`}>Din månadsinkomst före skatt (kronor)</label>
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
          <button type="submit">Räkna</button>
        </div>
      </form>
      <div aria-live="polite">
        {income !== null && shares.length > 0 ? (
          <>
            <p>{`Med kommunalskatten ${taxRate.toLocaleString('sv-SE')} % betalar du ungefär ${kr(tax)} i månaden till kommunen. Så fördelas de:`}</p>
            <ul className="tax-shares">
              {shares.map((s) => (
                <li key={s.committee}>{`${s.committee}: ${kr(s.kronor)} i månaden`}</li>
              ))}
            </ul>
          </>
        ) : raw.trim() !== '' && income === null ? (
          <p>Skriv inkomsten i hela kronor, till exempel 32000.</p>
        ) : null}
      </div>
      <p className="calculator-note">
        En uppskattning: kommunalskatten på hela din månadsinkomst, fördelad efter nämndernas
        driftramar. Den bortser från grundavdrag och andra avdrag, från regionskatten, och från att
        verksamheten också betalas med statsbidrag och avgifter.
      </p>
    </div>
  )
}
