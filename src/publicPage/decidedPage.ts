import type { Payload } from 'payload'

import type { PageRepresentation } from './cachedPage'
import type { PublicLocale } from './loadPublicPage'
import type { PublicPage } from '../shape/publicPageShape'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { represent } from './cachedPage'
import { cached } from '../hooks/publicChange/pageCache'

/**
 * The decided version of a published plan, as frozen (same shape as the page), with the live
 * decision facts (its correction note) and year list; from the page cache. Null when not decided.
 */
export const decidedPage = (
  payload: Payload,
  live: PublicPage,
  locale: PublicLocale,
): Promise<null | PageRepresentation> =>
  cached(payload, `decided:${live.year}:${locale}`, async () => {
    if (!live.decision) return null
    const { docs } = await payload.find({
      collection: pluginOptionsOf(payload.config).slugs.planDecisions,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      where: { year: { equals: live.year } },
    })
    const snapshot = docs[0]?.snapshot as
      null | Partial<Record<PublicLocale, PublicPage>> | undefined
    const frozen = snapshot?.[locale] ?? snapshot?.sv
    if (!frozen) return null
    return represent({
      ...frozen,
      changesSinceDecision: null,
      changesSincePrevious: null,
      decision: live.decision,
      editions: live.editions,
      // The plan as decided: its follow-up came later and is on today's page.
      followUpReports: [],
      path: live.decision.path,
    })
  })
