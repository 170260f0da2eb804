import type { Payload, Where } from 'payload'

import type { PublicPage } from './shape/publicPageShape'

import { SKIP_GOAL_STATUS, SKIP_RELATION_FILTER } from '../hooks/contextKeys'
import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { composePublicPage } from './composePublicPage'

/** Which plan: by year or by slug. */
export type PageKey = { slug: string } | { year: number }

/** The locales the public API speaks; Swedish is the fallback. */
export type PublicLocale = 'en' | 'sv'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Reads the published parts (or, for a staff preview, the drafts) of one plan's page in nine queries, whatever the number of goals,
 * initiatives or measures, and composes the public page. Null when there is no such published plan.
 */
export const loadPublicPage = async (
  payload: Payload,
  key: PageKey,
  locale: PublicLocale,
  {
    draft = false,
  }: { /** Staff preview: the latest drafts instead of what is published. */ draft?: boolean } = {},
): Promise<null | PublicPage> => {
  const { indicators, publicPath, slugs } = pluginOptionsOf(payload.config)
  const published: Where = draft ? {} : PUBLISHED
  const read = {
    context: { [SKIP_GOAL_STATUS]: true, [SKIP_RELATION_FILTER]: true },
    depth: 0,
    draft,
    fallbackLocale: 'sv' as const,
    locale,
    overrideAccess: true,
    pagination: false,
  }
  const planWhere: Where =
    'year' in key ? { year: { equals: key.year } } : { slug: { equals: key.slug } }
  const { docs } = await payload.find({
    ...read,
    collection: slugs.budgetPlans,
    joins: false,
    limit: 1,
    where: { and: [planWhere, published] },
  })
  const plan = docs[0]
  if (!plan) return null

  const inPlan: Where = { and: [{ plan: { equals: plan.id } }, published] }
  const byId = (id: number | string | undefined): Where => ({
    and: [{ id: { equals: id ?? -1 } }, published],
  })
  const imageId = idOf(plan.heroImage)
  const documentId = idOf(plan.fullDocument?.file)
  const areaIds = (plan.focusAreas ?? []).map(idOf).filter((id) => id !== undefined)

  const [focusAreas, goals, initiatives, savingsMeasures, image, document, settings, series] =
    await Promise.all([
      areaIds.length
        ? payload.find({
            ...read,
            collection: slugs.focusAreas,
            limit: 0,
            where: { and: [{ id: { in: areaIds } }, published] },
          })
        : { docs: [] },
      payload.find({ ...read, collection: slugs.goals, limit: 0, where: inPlan }),
      payload.find({ ...read, collection: slugs.initiatives, limit: 0, where: inPlan }),
      payload.find({ ...read, collection: slugs.savingsMeasures, limit: 0, where: inPlan }),
      imageId === undefined
        ? { docs: [] }
        : payload.find({ ...read, collection: slugs.media, limit: 1, where: byId(imageId) }),
      documentId === undefined
        ? { docs: [] }
        : payload.find({ ...read, collection: slugs.documents, limit: 1, where: byId(documentId) }),
      payload.findGlobal({
        slug: slugs.siteSettings,
        depth: 0,
        fallbackLocale: 'sv',
        locale,
        overrideAccess: true,
      }),
      // Kolada's figures are public data of no draft: every series, whoever reads.
      payload.find({
        collection: slugs.indicatorSeries,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
      }),
    ])

  return composePublicPage(
    {
      document: document.docs[0] ?? null,
      focusAreas: focusAreas.docs,
      goals: goals.docs,
      image: image.docs[0] ?? null,
      indicatorSeries: series.docs,
      initiatives: initiatives.docs,
      plan,
      savingsMeasures: savingsMeasures.docs,
      settings,
    },
    {
      apiPath: `${payload.config.routes.api}/public/plans/${plan.year}`,
      indicatorOptions: indicators,
      locale,
      pagePath: `${publicPath}/${plan.year}`,
    },
  )
}
