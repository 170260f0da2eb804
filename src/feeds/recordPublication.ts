import type { PayloadRequest, TaskConfig } from 'payload'

import { ValidationError } from 'payload'
import { z } from 'zod'

import type { PublicChange, PublicPage } from '../shape/publicPageShape'

import { RECORD_PUBLICATION } from '../hooks/publicChange/stampPlans'
import { markPublicChange } from '../hooks/publicChange/pageCache'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { compareEditions } from '../publicPage/compareEditions'
import { loadPublicPage } from '../publicPage/loadPublicPage'
import { inOwnRequest } from '../lib/ownRequest'

/** What changed between two published versions of one plan's page: for the plan, and per goal. */
export const pageChanges = (
  before: PublicPage,
  after: PublicPage,
): { changes: PublicChange[]; goalChanges: Record<string, PublicChange[]> } => {
  // The same plan at two times: a goal, initiative or measure is itself.
  const same = new Map(
    [...before.goals, ...before.initiatives, ...before.savingsMeasures].map((d) => [d.id, d.id]),
  )
  const changes = compareEditions(before, after, same, { carriedOver: false, texts: true })
  // A goal's own changes: the two pages with nothing else in them (the same tax and texts).
  const only = (goals: PublicPage['goals']): PublicPage => ({
    ...after,
    goals,
    initiatives: [],
    savingsMeasures: [],
  })
  const goalChanges = Object.fromEntries(
    after.goals.flatMap((goal) => {
      const previous = before.goals.filter((g) => g.id === goal.id)
      const own = compareEditions(only(previous), only([goal]), same, { carriedOver: false })
      return own.length > 0 ? [[goal.id, own]] : []
    }),
  )
  return { changes, goalChanges }
}

/** True when a record of the plan at `publishedAt` (or later) exists now. */
const recordedMeanwhile = async (
  req: PayloadRequest,
  planId: number | string,
  publishedAt: string,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: pluginOptionsOf(req.payload.config).slugs.pagePublications,
    overrideAccess: true,
    req,
    where: {
      and: [{ plan: { equals: planId } }, { publishedAt: { greater_than_equal: publishedAt } }],
    },
  })
  return totalDocs > 0
}

type Stored = { id: number | string; publishedAt: string; snapshot?: null | PublicPage }

/**
 * Writes down the published page of a plan as it stands now, with what changed since the last
 * record — nothing when nothing a reader sees changed, or when this version is recorded already.
 * The first record of a plan has no changes: the page was published. Only the newest record keeps
 * its page (`snapshot`).
 */
export const recordPublication = async (
  req: PayloadRequest,
  planId: number | string,
): Promise<boolean> => {
  const { payload } = req
  const { slugs } = pluginOptionsOf(payload.config)
  const plan = (await payload.findByID({
    collection: slugs.budgetPlans,
    depth: 0,
    disableErrors: true,
    id: planId,
    overrideAccess: true,
    req,
  })) as { _status?: string; pageUpdatedAt?: null | string; year?: number } | null
  if (!plan || plan._status !== 'published' || typeof plan.year !== 'number') return false
  const [latest] = (
    await payload.find({
      collection: slugs.pagePublications,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      select: { publishedAt: true },
      sort: '-publishedAt',
      where: { plan: { equals: planId } },
    })
  ).docs as unknown as Stored[]
  // A publish queues this for every request that stamped the plan: all but the first find their
  // version recorded already, and stop before composing anything.
  const recorded = (at: null | string | undefined) =>
    Boolean(latest && at && new Date(latest.publishedAt) >= new Date(at))
  if (recorded(plan.pageUpdatedAt)) return false
  const page = await loadPublicPage(payload, { year: plan.year }, 'sv')
  if (!page) return false
  const publishedAt = page.pageUpdatedAt ?? new Date().toISOString()
  if (recorded(publishedAt)) return false
  // The page as last recorded, read only now that it is compared.
  const before = latest
    ? ((
        (await payload.findByID({
          collection: slugs.pagePublications,
          depth: 0,
          id: latest.id,
          overrideAccess: true,
          req,
          select: { snapshot: true },
        })) as unknown as Stored
      ).snapshot ?? null)
    : null
  const { changes, goalChanges } = before
    ? pageChanges(before, page)
    : { changes: [], goalChanges: {} }
  if (before && changes.length === 0) return false
  try {
    await payload.create({
      collection: slugs.pagePublications,
      data: { changes, goalChanges, plan: planId, publishedAt, snapshot: page, year: plan.year },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // Jobs run side by side: another one recorded this version first (the unique index holds).
    if (error instanceof ValidationError && (await recordedMeanwhile(req, planId, publishedAt)))
      return false
    throw error
  }
  // The feeds are cached until a public change: this is one.
  await markPublicChange(req)
  if (latest)
    await payload.update({
      collection: slugs.pagePublications,
      data: { snapshot: null },
      depth: 0,
      id: latest.id,
      overrideAccess: true,
      req,
    })
  return true
}

const input = z.object({ plan: z.union([z.number(), z.string()]) })

/**
 * Queued each time a plan's page is stamped "Sida uppdaterad" (in the same transaction): records
 * the change for the feeds once it is committed and the page can be read as the public sees it.
 */
export const recordPublicationTask = (): TaskConfig => ({
  slug: RECORD_PUBLICATION,
  handler: inOwnRequest(async ({ input: raw, req }) => {
    const recorded = await recordPublication(req, input.parse(raw).plan)
    return { output: { recorded } }
  }),
  inputSchema: [{ name: 'plan', type: 'json', required: true }],
  outputSchema: [{ name: 'recorded', type: 'checkbox' }],
  retries: 3,
})
