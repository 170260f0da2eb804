import type { Payload, Where } from 'payload'

import type {
  BudgetPlan,
  Document,
  FocusArea,
  Goal,
  IndicatorSeries,
  Initiative,
  Media,
  PlanDecision,
  SavingsMeasure,
  SiteSetting,
} from '../types'
import type { PublicPage } from '../shape/publicPageShape'

import { SKIP_GOAL_STATUS, SKIP_RELATION_FILTER } from '../hooks/contextKeys'
import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { composePlanFollowUps } from '../followUp/composeFollowUp'
import { composePublicPage, type PageSources } from './composePublicPage'

/** Which plan: by year or by slug. */
export type PageKey = { slug: string } | { year: number }

/** The locales the public API speaks; Swedish is the fallback. */
import type { PublicLocale } from '../options/types'

export type { PublicLocale }

const PUBLISHED: Where = { _status: { equals: 'published' } }

const asPage = (value: unknown): null | PublicPage =>
  value && typeof value === 'object' && 'goals' in value && 'initiatives' in value
    ? (value as PublicPage)
    : null

// The decided version, last year's published page (one level: its own comparisons are not
// needed here, and links can never loop) and every published year — in three more queries.
const loadEditions = async (
  payload: Payload,
  plan: BudgetPlan,
  locale: PublicLocale,
): Promise<NonNullable<PageSources['editions']>> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const previousId = idOf(plan.previousEdition)
  const [decisions, years] = await Promise.all([
    payload.find({
      collection: slugs.planDecisions,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      where: { plan: { equals: plan.id } },
    }),
    payload.find({
      collection: slugs.budgetPlans,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { year: true },
      sort: '-year',
      where: PUBLISHED,
    }),
  ])
  const decision = (decisions.docs[0] ?? null) as null | PlanDecision
  const snapshot = decision?.snapshot as null | Record<string, unknown> | undefined
  const previousYear =
    previousId === undefined
      ? undefined
      : (years.docs as Pick<BudgetPlan, 'id' | 'year'>[]).find(
          (p) => String(p.id) === String(previousId),
        )?.year
  return {
    decidedPage: asPage(snapshot?.[locale]) ?? asPage(snapshot?.sv),
    decision,
    previous:
      previousYear === undefined || previousYear === plan.year
        ? null
        : await loadPublicPage(payload, { year: previousYear }, locale, { editions: false }),
    publishedYears: (years.docs as Pick<BudgetPlan, 'year'>[]).map((p) => p.year),
  }
}

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
    editions = true,
  }: {
    /** Staff preview: the latest drafts instead of what is published. */
    draft?: boolean
    /** Read the plan's other editions (decided version, last year, the years) to compare with. */
    editions?: boolean
  } = {},
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
  const plan = docs[0] as BudgetPlan | undefined
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

  // The logo is the organisation's, in the site settings: published like any image.
  const logoId = idOf(settings.appearance?.logo)
  const logo =
    logoId === undefined
      ? null
      : ((await payload.find({ ...read, collection: slugs.media, limit: 1, where: byId(logoId) }))
          .docs[0] ?? null)

  return composePublicPage(
    {
      editions: editions ? await loadEditions(payload, plan, locale) : undefined,
      // Published reports only, a preview's too: a report goes public on its own approval.
      followUpReports: await composePlanFollowUps(payload, plan, locale),
      document: (document.docs[0] ?? null) as Document | null,
      focusAreas: focusAreas.docs as FocusArea[],
      goals: goals.docs as Goal[],
      image: (image.docs[0] ?? null) as Media | null,
      indicatorSeries: series.docs as IndicatorSeries[],
      initiatives: initiatives.docs as Initiative[],
      logo: logo as Media | null,
      plan,
      savingsMeasures: savingsMeasures.docs as SavingsMeasure[],
      settings: settings as SiteSetting,
    },
    {
      apiPath: `${payload.config.routes.api}/public/plans/${plan.year}`,
      indicatorOptions: indicators,
      locale,
      pagePath: `${publicPath}/${plan.year}`,
    },
  )
}
