import type { Payload } from 'payload'

import type { Answer } from '../lib/webAnswer'

import { cached } from '../hooks/publicChange/pageCache'
import { answerRepresentation } from '../lib/conditionalRequest'
import { parseEmbedOrigins } from '../lib/embedOrigins'
import { strongEtag } from '../lib/strongEtag'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cardAddresses, cardGoalOf } from './cardGoal'
import { goalCardHtml } from './goalCard'

/** A read of a goal card or its image, whatever server received it. */
export type CardRead = { goal: string; ifNoneMatch?: string; method: string; year: string }

/**
 * `${publicPath}/2021/mal/<goal id>/kort`: the goal card, for an `<iframe>` on the sites the
 * settings name (`Content-Security-Policy: frame-ancestors 'self' …`; no other site may frame it).
 * Only published content, cached until the next public change, strong ETag and 304; 404 for a
 * goal that is not published, 400 for an address that cannot be one.
 */
export const answerGoalCard = async (payload: Payload, read: CardRead): Promise<Answer> => {
  type Rep = { body: Buffer; etag: string; frameAncestors: string } | { refusal: Answer }
  const rep = await cached(payload, `card:${read.year}:${read.goal}`, async (): Promise<Rep> => {
    const found = await cardGoalOf(payload, read)
    if ('refusal' in found) return { refusal: found.refusal }
    const settings = await payload.findGlobal({
      slug: pluginOptionsOf(payload.config).slugs.siteSettings,
      depth: 0,
    })
    const parsed = parseEmbedOrigins((settings as { embedOrigins?: null | string }).embedOrigins)
    const origins = 'origins' in parsed ? parsed.origins : []
    const body = Buffer.from(
      goalCardHtml(found.page, found.goal, cardAddresses(payload, found.page.path, found.goal.id)),
      'utf8',
    )
    return { body, etag: strongEtag(body), frameAncestors: ["'self'", ...origins].join(' ') }
  })
  if ('refusal' in rep) return rep.refusal
  return answerRepresentation(rep, read, 'text/html; charset=utf-8', {
    'Cache-Control': pluginOptionsOf(payload.config).publicApi.cacheControl,
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors ${rep.frameAncestors}; base-uri 'none'; form-action 'none'`,
  })
}
