import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Goal } from '../types'

import { idOf } from '../lib/idOf'
import { whileHolding } from '../lib/holdAcrossServers'
import { takeTurns } from '../lib/takeTurns'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { nextYearText, withoutRowIds } from './copyFields'
import { EditionConflict } from './EditionConflict'

/** Initiatives in these states stay behind: they are finished one way or the other. */
const LEFT_BEHIND = ['done', 'cancelled']

// What a copy never takes: identity, timestamps, publication and per-year facts.
const OWN_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'publishedAt',
  'publishedBy',
  'status',
]

// The same document type, less what a copy never takes (typed as the original: only keys go).
const copyOf = <T extends object>(doc: T, drop: string[] = []): T =>
  withoutRowIds(
    Object.fromEntries(
      Object.entries(doc).filter(([key]) => ![...OWN_FIELDS, ...drop].includes(key)),
    ),
  ) as T

type NextYearOptions = { savingsMeasureIds?: (number | string)[]; user?: null | TypedUser }

/**
 * "Skapa nästa års plan": next year's plan as a draft from this one — its texts, focus areas, goals
 * (indicators and targets), the initiatives not done or cancelled, and the savings measures ticked
 * "Ta med till nästa års plan" (or listed in `savingsMeasureIds`) — each linked to what it came from.
 * All or nothing, in one transaction; nothing of it is public until published. A second call finds
 * the copy and refuses, naming it.
 */
const createNextYearPlanNow = async (
  payload: Payload,
  planId: number | string,
  { savingsMeasureIds = [], user }: NextYearOptions = {},
): Promise<{ id: number | string; year: number }> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const req: PayloadRequest = await createLocalReq({ user: user ?? undefined }, payload)
  // Whether next year's plan exists is read in the transaction that makes it, held against the
  // same request on other servers.
  const shouldCommit = await initTransaction(req)
  try {
    // Each document as its editors see it in the admin: its latest version (a draft newer than
    // what is published, or the published one). Without `draft`, a document never published read
    // as its first draft, whatever was saved after.
    const { docs } = await payload.find({
      req,
      collection: slugs.budgetPlans,
      depth: 0,
      draft: true,
      joins: false,
      limit: 1,
      overrideAccess: true,
      where: { id: { equals: planId } },
    })
    const source = docs[0]
    if (!source) throw new EditionConflict('Planen finns inte / No such plan', 404)
    const year = source.year + 1
    const made = await whileHolding(req, `next-year:${year}`, async () => {
      const { docs: existing } = await payload.find({
        req,
        collection: slugs.budgetPlans,
        depth: 0,
        draft: true,
        limit: 1,
        overrideAccess: true,
        where: { or: [{ previousEdition: { equals: source.id } }, { year: { equals: year } }] },
      })
      if (existing[0]) {
        throw new EditionConflict(
          `Det finns redan en plan för ${existing[0].year}${existing[0].title ? ` ("${existing[0].title}", id ${existing[0].id})` : ` (id ${existing[0].id})`} / A plan for ${existing[0].year} already exists (id ${existing[0].id})`,
          409,
          { id: existing[0].id, year: existing[0].year },
        )
      }

      const write = { depth: 0, draft: true, overrideAccess: true, req } as const
      const plan = await payload.create({
        ...write,
        collection: slugs.budgetPlans,
        data: {
          ...copyOf(source, [
            'slug',
            'pageUpdatedAt',
            'reviewBy',
            'reviewReminderSentFor',
            'councilDecision',
            'fullDocument',
            // Joins and virtual fields are read, never written.
            'goals',
            'initiatives',
            'savingsMeasures',
            'pageUpdatedText',
            'dataProtectionNotice',
          ]),
          _status: 'draft',
          previousEdition: source.id,
          subtitle: nextYearText(source.subtitle, source.year, year),
          title: nextYearText(source.title, source.year, year) ?? `${source.title} ${year}`,
          year,
        },
      })
      const inPlan = { plan: { equals: source.id } }
      const read = { ...write, limit: 0, pagination: false } as const
      const goalIds = new Map<string, Goal['id']>()
      const { docs: goals } = await payload.find({
        ...read,
        collection: slugs.goals,
        where: inPlan,
      })
      for (const goal of goals) {
        const copy = await payload.create({
          ...write,
          collection: slugs.goals,
          data: {
            ...copyOf(goal),
            _status: 'draft',
            plan: plan.id,
            previousEdition: goal.id,
          },
        })
        goalIds.set(String(goal.id), copy.id)
      }
      const { docs: initiatives } = await payload.find({
        ...read,
        collection: slugs.initiatives,
        where: { and: [inPlan, { status: { not_in: LEFT_BEHIND } }] },
      })
      for (const initiative of initiatives) {
        await payload.create({
          ...write,
          collection: slugs.initiatives,
          data: {
            ...copyOf(initiative),
            _status: 'draft',
            goals: (initiative.goals ?? [])
              .map((g: Parameters<typeof idOf>[0]) => goalIds.get(String(idOf(g))))
              .filter((id: Goal['id'] | undefined): id is Goal['id'] => id !== undefined),
            plan: plan.id,
            previousEdition: initiative.id,
            status: initiative.status,
          },
        })
      }
      const { docs: measures } = await payload.find({
        ...read,
        collection: slugs.savingsMeasures,
        where: {
          and: [
            inPlan,
            {
              or: [
                { carryOver: { equals: true } },
                { id: { in: savingsMeasureIds.length ? savingsMeasureIds : [-1] } },
              ],
            },
          ],
        },
      })
      for (const measure of measures) {
        await payload.create({
          ...write,
          collection: slugs.savingsMeasures,
          data: {
            ...copyOf(measure),
            _status: 'draft',
            carryOver: false,
            plan: plan.id,
            previousEdition: measure.id,
            status: measure.status,
          },
        })
      }
      return { id: plan.id, year }
    })
    if (shouldCommit) await commitTransaction(req)
    return made
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

const inTurn = takeTurns()

/**
 * Makes next year's plan from a plan (see createNextYearPlanNow above), one request per plan at a
 * time within this process: eight at once each found no plan yet, and all but one failed on the
 * unique slug (400) instead of being told the plan exists (409).
 */
export const createNextYearPlan = (
  payload: Payload,
  planId: number | string,
  options: NextYearOptions = {},
): Promise<{ id: number | string; year: number }> =>
  inTurn(String(planId), () => createNextYearPlanNow(payload, planId, options))
