/** Whether a bigger value of an indicator is better or worse. */
export type IndicatorDirection = 'higher' | 'lower'

/** How a goal (or one indicator) is doing. */
import type { GoalStatus } from './statusOptions'

export type { GoalStatus }

/** A value of an indicator in a given year. */
export type Measurement = { value?: null | number; year?: null | number }

/** What the status of one indicator is computed from. */
export type IndicatorInput = {
  baseline?: Measurement | null
  direction?: IndicatorDirection | null
  latest?: Measurement | null
  nationalAverage?: Measurement | null
  target?: Measurement | null
}

const num = (m: Measurement | null | undefined): null | number =>
  typeof m?.value === 'number' && Number.isFinite(m.value) ? m.value : null

const worstFirst: GoalStatus[] = ['off_track', 'at_risk', 'on_track']

/**
 * One indicator: on track when the latest value meets the target; at risk when it has moved the
 * right way from the baseline (or, with no baseline, is at least as good as the national
 * average) without meeting the target; off track otherwise; no data without a latest value and a
 * target.
 */
export const indicatorStatus = (indicator: IndicatorInput): GoalStatus => {
  const latest = num(indicator.latest)
  const target = num(indicator.target)
  if (latest === null || target === null) return 'no_data'
  const sign = indicator.direction === 'lower' ? -1 : 1
  if (sign * (latest - target) >= 0) return 'on_track'
  const baseline = num(indicator.baseline)
  if (baseline !== null) return sign * (latest - baseline) > 0 ? 'at_risk' : 'off_track'
  const national = num(indicator.nationalAverage)
  if (national !== null) return sign * (latest - national) >= 0 ? 'at_risk' : 'off_track'
  return 'at_risk'
}

/** A goal is as well as its worst indicator with data; with no data at all it is `no_data`. */
export const goalStatus = (
  indicators: readonly IndicatorInput[] | null | undefined,
): GoalStatus => {
  const statuses = new Set((indicators ?? []).map(indicatorStatus))
  return worstFirst.find((status) => statuses.has(status)) ?? 'no_data'
}
