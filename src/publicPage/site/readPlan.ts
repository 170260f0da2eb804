import type { Payload } from 'payload'

import { headers } from 'next/headers'

import type { PublicLocale } from '../loadPublicPage'
import type { BudgetPlan } from '../../types'
import type { PublicPage } from '../../shape/publicPageShape'

import { decidedPage } from '../decidedPage'
import { isStaffUser } from '../../lib/roles'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { cachedPage } from '../cachedPage'
import { loadPublicPage } from '../loadPublicPage'

// The page reads the composed page in this process, from the cache the API serves. (It used to
// ask our own GraphQL over HTTP; Next.js's patched fetch kept about 50 KB of every such answer.)
// Each reader takes the host's Payload (`await getPayload({ config })`): the plugin knows no app.

/** The published page of a year, in a language; null when there is none. */
export const readPublishedPlan = async (
  payload: Payload,
  year: number,
  locale: PublicLocale = 'sv',
): Promise<null | PublicPage> => {
  const rep = await cachedPage(payload, { year }, locale)
  return rep?.page ?? null
}

/**
 * The draft page for a staff preview, for the visitor's own session; null when the visitor is
 * not staff or there is no such plan (the caller then shows the published page).
 */
export const readDraftPlan = async (
  payload: Payload,
  year: number,
  locale: PublicLocale = 'sv',
): Promise<null | PublicPage> => {
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaffUser(user)) return null
  return loadPublicPage(payload, { year }, locale, { draft: true })
}

/** The latest published year, or null when nothing is published. */
export const latestPublishedYear = async (payload: Payload): Promise<null | number> => {
  const { docs } = await payload.find({
    collection: pluginOptionsOf(payload.config).slugs.budgetPlans,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { year: true },
    sort: '-year',
    where: { _status: { equals: 'published' } },
  })
  return (docs[0] as Pick<BudgetPlan, 'year'> | undefined)?.year ?? null
}

/** The council-decided version of a year's published plan; null when there is none. */
export const readDecidedPlan = async (
  payload: Payload,
  year: number,
  locale: PublicLocale = 'sv',
): Promise<null | PublicPage> => {
  const live = await cachedPage(payload, { year }, locale)
  if (!live) return null
  return (await decidedPage(payload, live.page, locale))?.page ?? null
}
