import type { Payload, PayloadRequest } from 'payload'

import type { IndicatorSeries, SiteSetting } from '../types'
import type { SanitizedOptions } from '../options/types'

import { INDICATOR_CONTEXT } from '../hooks/contextKeys'
import { placeName } from '../lib/assessIndicator'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { type KoladaAreas, koladaAreasOf } from './koladaAreas'

/** What judging an indicator needs beyond the goal: every stored series, the areas, the place name. */
export type IndicatorContext = {
  areas: KoladaAreas
  place: string
  seriesByKpi: Map<string, IndicatorSeries>
}

/** Builds the context from series documents and the site settings already read. */
export const indicatorContextOf = (
  series: IndicatorSeries[],
  settings: SiteSetting,
  indicators: SanitizedOptions['indicators'],
): IndicatorContext => ({
  areas: koladaAreasOf({ indicators }, settings),
  place: placeName(settings.organisationName),
  seriesByKpi: new Map(series.map((s) => [s.kpiId, s])),
})

/** Reads the series (a few dozen small documents) and settings. */
export const loadIndicatorContext = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<IndicatorContext> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const [series, settings] = await Promise.all([
    payload.find({
      collection: slugs.indicatorSeries,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
    }),
    payload.findGlobal({ slug: slugs.siteSettings, depth: 0, overrideAccess: true, req }),
  ])
  return indicatorContextOf(
    series.docs as IndicatorSeries[],
    settings as SiteSetting,
    pluginOptionsOf(payload.config).indicators,
  )
}

/** The context, read at most once per request. */
export const indicatorContextFor = (req: PayloadRequest): Promise<IndicatorContext> => {
  const existing = req.context[INDICATOR_CONTEXT]
  if (existing instanceof Promise) return existing as Promise<IndicatorContext>
  const loading = loadIndicatorContext(req.payload, req)
  req.context[INDICATOR_CONTEXT] = loading
  return loading
}
