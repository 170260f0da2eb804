import type { Goal, IndicatorSeries } from '../types'
import type { KoladaAreas } from './koladaAreas'

import { type Assessment, assessIndicator } from '../lib/assessIndicator'
import { indicatorSeries, type SeriesPoint } from '../lib/indicatorSeries'
import { storedPoints } from './storedPoints'

/** One indicator row of a goal. */
export type GoalIndicator = NonNullable<Goal['indicators']>[number]

/** An indicator with its series, judged. */
export type ComposedIndicator = {
  assessment: Assessment
  /** The Kolada series it reads, when it reads one. */
  kolada: IndicatorSeries | null
  series: SeriesPoint[]
}

/**
 * An indicator's series (Kolada's figures for its KPI, when it uses Kolada, and the editor's own)
 * and the status and sentence that follow from it.
 */
export const composeIndicator = (
  indicator: GoalIndicator,
  seriesByKpi: ReadonlyMap<string, IndicatorSeries>,
  areas: KoladaAreas,
  place: string,
): ComposedIndicator => {
  const kolada =
    indicator.kpiId && indicator.useKolada !== false
      ? (seriesByKpi.get(indicator.kpiId) ?? null)
      : null
  const series = indicatorSeries(storedPoints(kolada?.points), indicator.figures ?? [], areas)
  return {
    assessment: assessIndicator(
      { direction: indicator.direction, series, target: indicator.target },
      place,
    ),
    kolada,
    series,
  }
}
