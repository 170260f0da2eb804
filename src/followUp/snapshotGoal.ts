import type { IndicatorContext } from '../indicators/indicatorContext'
import type { GoalStatus } from '../lib/statusOptions'
import type { Goal } from '../types'

import { composeIndicator } from '../indicators/composeIndicator'
import { assessIndicator } from '../lib/assessIndicator'
import { goalStatus } from '../lib/goalStatus'

/** One indicator of a goal as it stood at a report's period end. */
export type IndicatorSnapshot = {
  explanation: null | string
  name: string
  points: { group: null | number; national: null | number; value: null | number; year: number }[]
  status: GoalStatus
  target: { value: null | number; year: null | number } | null
  unit: null | string
}

/** A goal's indicators at the period end, and the status they give the goal. */
export type GoalSnapshot = { indicators: IndicatorSnapshot[]; status: GoalStatus }

/**
 * The goal's indicators with the figures of the years up to the period end's, judged as they would
 * have been then — stored with the assessment, so a later import changes nothing of it.
 */
export const snapshotGoal = (
  goal: Pick<Goal, 'indicators'>,
  context: IndicatorContext,
  periodEnd: Date,
): GoalSnapshot => {
  const lastYear = periodEnd.getUTCFullYear()
  const indicators = (goal.indicators ?? []).map((indicator): IndicatorSnapshot => {
    const { series } = composeIndicator(
      indicator,
      context.seriesByKpi,
      context.areas,
      context.place,
    )
    const until = series.filter((point) => point.year <= lastYear)
    const { explanation, status } = assessIndicator(
      { direction: indicator.direction, series: until, target: indicator.target },
      context.place,
    )
    return {
      explanation,
      name: indicator.name,
      points: until.map(({ group, national, value, year }) => ({ group, national, value, year })),
      status,
      target: indicator.target
        ? { value: indicator.target.value ?? null, year: indicator.target.year ?? null }
        : null,
      unit: indicator.unit ?? null,
    }
  })
  return { indicators, status: goalStatus(indicators.map((i) => i.status)) }
}
