import type { Payload } from 'payload'

import type { PublicChange } from '../shape/publicPageShape'
import type { Answer } from '../lib/webAnswer'

import { cached } from '../hooks/publicChange/pageCache'
import { answerRepresentation } from '../lib/conditionalRequest'
import { parsePlanYear } from '../lib/planYear'
import { refusal } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage } from '../publicPage/cachedPage'
import { atomFeed } from './atomFeed'
import { strongEtag } from '../lib/strongEtag'

/** The newest entries a feed lists. */
export const FEED_ENTRIES = 50

/** A read of a feed, whatever server received it. */
export type FeedRead = {
  /** A goal's id for its own feed; none for the plan's. */
  goal?: string
  ifNoneMatch?: string
  method: string
  year: string
}

type Stored = {
  changes?: null | PublicChange[]
  goalChanges?: null | Record<string, PublicChange[]>
  publishedAt: string
}

/**
 * An Atom feed of a published plan's changes (`${publicPath}/2021/flode.atom`) or of one of its
 * goals (`…/2021/mal/<goal id>/flode.atom`): only what was published, from the records the jobs
 * queue writes; cached until the next public change, strong ETag and 304. 404 for a plan or goal
 * that is not published, 400 for an address that cannot be one.
 */
export const answerFeed = async (payload: Payload, read: FeedRead): Promise<Answer> => {
  const options = pluginOptionsOf(payload.config)
  const year = parsePlanYear(read.year)
  if (year === undefined)
    return refusal(
      400,
      'Ogiltigt år: ange ett år mellan 2000 och 2100',
      'Invalid year: use 2000–2100',
    )
  if (read.goal !== undefined && !/^[A-Za-z0-9-]{1,40}$/.test(read.goal))
    return refusal(400, 'Ogiltigt mål-id', 'Invalid goal id')
  const rep = await cached(payload, `feed:${year}:${read.goal ?? ''}`, async () => {
    const page = (await cachedPage(payload, { year }, 'sv'))?.page
    const goal = read.goal === undefined ? undefined : page?.goals.find((g) => g.id === read.goal)
    if (!page || (read.goal !== undefined && !goal)) return null
    const { docs } = await payload.find({
      collection: options.slugs.pagePublications,
      depth: 0,
      limit: FEED_ENTRIES,
      overrideAccess: true,
      pagination: false,
      select: { changes: true, goalChanges: true, publishedAt: true },
      sort: '-publishedAt',
      where: { plan: { equals: page.id } },
    })
    const records = docs as unknown as Stored[]
    // The plan's first record is its publication; a goal's entries are the records that change it.
    const entries = records
      .map((r, i) => ({
        changes: (goal ? r.goalChanges?.[goal.id] : r.changes) ?? [],
        first: !goal && i === records.length - 1 && (r.changes ?? []).length === 0,
        publishedAt: r.publishedAt,
      }))
      .filter((e) => e.first || e.changes.length > 0)
    const pageUrl = `${options.serverUrl}${page.path}`
    const text = atomFeed({
      entries,
      feedUrl: goal ? `${pageUrl}/mal/${goal.id}/flode.atom` : `${pageUrl}/flode.atom`,
      pageUrl,
      subject: goal ? 'Målet' : 'Sidan',
      title: goal ? `${goal.title} – ${page.title}` : `${page.title} – ${page.organisation}`,
    })
    const body = Buffer.from(text, 'utf8')
    return { body, etag: strongEtag(body) }
  })
  if (!rep)
    return refusal(
      404,
      read.goal === undefined
        ? `Det finns ingen publicerad Mål och budget för år ${year}`
        : `Det finns inget publicerat mål med id ${read.goal} i ${year} års plan`,
      'Not published',
    )
  return answerRepresentation(rep, read, 'application/atom+xml; charset=utf-8', {
    'Cache-Control': options.publicApi.cacheControl,
  })
}
