import type { Payload, TypedUser } from 'payload'

import type { BudgetPlan } from '../types'

import { createLocalReq, ValidationError } from 'payload'

import { recordAudit } from '../collections/AuditLog'
import { hasRole } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { loadPublicPage } from '../publicPage/loadPublicPage'
import { stampPlans } from '../hooks/publicChange/stampPlans'
import { EditionConflict } from './EditionConflict'

/** What the council decided: date (YYYY-MM-DD), § and diarienummer. */
export type Decision = { date: string; diaryNumber: string; paragraph: string }

/**
 * "Beslutad i kommunfullmäktige" (an administrator's act, recorded in the audit log): freezes the plan as published at this moment — texts, goals,
 * targets, initiatives, measures, tax, in every locale — as its decided version, which nobody edits
 * afterwards. The live page links to it from now on ("Sida uppdaterad" moves).
 */
export const decidePlan = async (
  payload: Payload,
  planId: number | string,
  decision: Decision,
  { user }: { user?: null | TypedUser } = {},
): Promise<{ id: number | string; year: number }> => {
  if (user && !hasRole(user, 'admin')) {
    throw new EditionConflict(
      'Bara en administratör kan markera en plan som beslutad / Only an administrator can mark a plan as decided',
      403,
    )
  }
  const { locales, slugs } = pluginOptionsOf(payload.config)
  const { docs } = await payload.find({
    collection: slugs.budgetPlans,
    depth: 0,
    joins: false,
    limit: 1,
    overrideAccess: true,
    select: { year: true },
    where: { and: [{ id: { equals: planId } }, { _status: { equals: 'published' } }] },
  })
  const plan = docs[0] as Pick<BudgetPlan, 'id' | 'year'> | undefined
  if (!plan) {
    throw new EditionConflict(
      'Planen finns inte eller är inte publicerad: publicera den först, sedan kan den markeras som beslutad / Publish the plan first',
      409,
    )
  }
  const { docs: earlier } = await payload.find({
    collection: slugs.planDecisions,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { plan: { equals: plan.id } },
  })
  if (earlier[0]) {
    throw new EditionConflict(
      `Planen för ${plan.year} är redan markerad som beslutad (${earlier[0].date}, ${earlier[0].paragraph ?? ''}, dnr ${earlier[0].diaryNumber ?? ''}) / Already decided`,
      409,
      { id: plan.id, year: plan.year },
    )
  }
  const snapshot: Record<string, unknown> = {}
  for (const locale of locales) {
    snapshot[locale] = await loadPublicPage(payload, { year: plan.year }, locale, {
      editions: false,
    })
  }
  await payload
    .create({
      collection: slugs.planDecisions,
      data: {
        date: decision.date,
        decidedBy: user?.id,
        diaryNumber: decision.diaryNumber,
        paragraph: decision.paragraph,
        plan: plan.id,
        snapshot,
        year: plan.year,
      },
      overrideAccess: true,
    })
    .catch((error: unknown) => {
      // Two clicks at once: the plan's decision is unique, the second is refused.
      if (error instanceof ValidationError) {
        throw new EditionConflict(
          `Planen för ${plan.year} är redan markerad som beslutad / Already decided`,
          409,
        )
      }
      throw error
    })
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await recordAudit(req, {
    action: 'plan-decided',
    details: { ...decision, year: plan.year },
    plan: plan.id,
  })
  await stampPlans(req, [plan.id])
  return { id: plan.id, year: plan.year }
}
