import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import type { PublicLocale } from '../loadPublicPage'
import type { PublicPage } from '../shape/publicPageShape'

import { isStaffUser } from '../../lib/roles'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { cachedPage } from '../cachedPage'
import { loadPublicPage } from '../loadPublicPage'
import { decidedPage } from '../../editions/decidedPage'

// The page reads the composed page in this process, from the cache the API serves. (It used to
// ask our own GraphQL over HTTP; Next.js's patched fetch kept about 50 KB of every such answer.)

/** The published page of a year, in a language; null when there is none. */
export const readPublishedPlan = async (
  year: number,
  locale: PublicLocale = 'sv',
): Promise<null | PublicPage> => {
  const rep = await cachedPage(await getPayload({ config }), { year }, locale)
  return rep?.page ?? null
}

/**
 * The draft page for a staff preview, for the visitor's own session; null when the visitor is
 * not staff or there is no such plan (the caller then shows the published page).
 */
export const readDraftPlan = async (
  year: number,
  locale: PublicLocale = 'sv',
): Promise<null | PublicPage> => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaffUser(user)) return null
  return loadPublicPage(payload, { year }, locale, { draft: true })
}

/** The latest published year, or null when nothing is published. */
export const latestPublishedYear = async (): Promise<null | number> => {
  const payload = await getPayload({ config })
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
  return docs[0]?.year ?? null
}

/** The council-decided version of a year's published plan; null when there is none. */
export const readDecidedPlan = async (
  year: number,
  locale: PublicLocale = 'sv',
): Promise<null | PublicPage> => {
  const payload = await getPayload({ config })
  const live = await cachedPage(payload, { year }, locale)
  if (!live) return null
  return (await decidedPage(payload, live.page, locale))?.page ?? null
}
