import type { GoalStatus } from './statusOptions'
import type { SeriesPoint } from './indicatorSeries'

/** Whether a bigger value of an indicator is better or worse. */
export type IndicatorDirection = 'higher' | 'lower'

/** What an indicator is judged by. */
export type IndicatorToAssess = {
  direction?: IndicatorDirection | null
  series: readonly SeriesPoint[]
  target?: { value?: null | number; year?: null | number } | null
}

/** An indicator's status and the sentence that explains it. */
export type Assessment = { explanation: null | string; status: GoalStatus }

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 })

/** A figure as Swedish readers write it: decimal comma, space between thousands. */
export const formatFigure = (n: number): string => number.format(n).replace(/\u00a0/g, ' ')

/** How many years back the trend is read (2023 is compared with 2021). */
export const TREND_YEARS = 2

type Comparison = 'better' | 'same' | 'worse'

const compare = (a: number, b: number, sign: number): Comparison =>
  a === b ? 'same' : sign * (a - b) > 0 ? 'better' : 'worse'

const versusRiket: Record<Comparison, string> = {
  better: 'bättre än riket',
  same: 'samma som riket',
  worse: 'sämre än riket',
}

const versusYear = (c: Comparison, year: number): string =>
  c === 'same' ? `oförändrat sedan ${year}` : `${c === 'better' ? 'bättre' : 'sämre'} än ${year}`

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Judges one indicator from its series: towards its target, its trend over the last
 * {@link TREND_YEARS} years, and against Riket — and says so in one Swedish sentence, e.g.
 * "Hedemora 212 – riket 229 (2023). Sämre än riket, men bättre än 2021."
 *
 * With a target: on track when the newest value meets it; at risk when it misses it but improves
 * or beats Riket; off track otherwise. Without one: on track when at least as good as Riket (or,
 * with no Riket figure, improving); at risk when worse but improving (or unchanged); off track when
 * worse and not improving. No data without a value, or with nothing to compare it with.
 */
export const assessIndicator = (indicator: IndicatorToAssess, place: string): Assessment => {
  const sign = indicator.direction === 'lower' ? -1 : 1
  const withValue = indicator.series.filter((p) => p.value !== null)
  const latest = withValue.at(-1)
  if (!latest || latest.value === null) return { explanation: null, status: 'no_data' }
  const value = latest.value
  const earlier =
    [...withValue].reverse().find((p) => p.year <= latest.year - TREND_YEARS) ??
    withValue.find((p) => p.year < latest.year)
  const trend = earlier?.value != null ? compare(value, earlier.value, sign) : null
  const riket = latest.national !== null ? compare(value, latest.national, sign) : null
  const target = typeof indicator.target?.value === 'number' ? indicator.target.value : null
  const meetsTarget = target !== null && sign * (value - target) >= 0

  let status: GoalStatus
  if (target !== null) {
    status = meetsTarget
      ? 'on_track'
      : trend === 'better' || riket === 'better'
        ? 'at_risk'
        : 'off_track'
  } else if (riket !== null) {
    status = riket !== 'worse' ? 'on_track' : trend === 'better' ? 'at_risk' : 'off_track'
  } else if (trend !== null) {
    status = trend === 'better' ? 'on_track' : trend === 'same' ? 'at_risk' : 'off_track'
  } else {
    status = 'no_data'
  }

  const own = latest.source === 'manual' ? ', egen uppgift' : ''
  const figures =
    latest.national !== null
      ? `${place} ${formatFigure(value)} – riket ${formatFigure(latest.national)} (${latest.year}${own}).`
      : `${place} ${formatFigure(value)} (${latest.year}${own}).`
  const parts: string[] = []
  if (riket && trend && earlier) {
    const agree = riket === trend || riket === 'same' || trend === 'same'
    parts.push(
      `${capital(versusRiket[riket])}${agree ? ' och ' : ', men '}${versusYear(trend, earlier.year)}.`,
    )
  } else if (riket) {
    parts.push(`${capital(versusRiket[riket])}.`)
  } else if (trend && earlier) {
    parts.push(`${capital(versusYear(trend, earlier.year))}.`)
  }
  if (target !== null) {
    const by = indicator.target?.year ? ` till ${indicator.target.year}` : ''
    parts.push(
      meetsTarget
        ? `Målvärdet ${formatFigure(target)} är nått.`
        : `Målvärdet är ${formatFigure(target)}${by}.`,
    )
  }
  if (latest.preliminary) parts.push(`Uppgiften för ${latest.year} är preliminär.`)
  return { explanation: [figures, ...parts].join(' '), status }
}

/** The short name of a place for sentences: "Hedemora kommun" → "Hedemora". */
export const placeName = (organisation: null | string | undefined): string =>
  (organisation ?? '').replace(/\s+(kommun|stad|municipality)$/i, '').trim() || 'Kommunen'
