import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { BudgetPlan, Goal } from '../types'

import { pageRecipients } from '../email/pageRecipients'
import { idOf } from '../lib/idOf'
import { latestYearOf } from '../lib/indicatorSeries'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { composeIndicator } from './composeIndicator'
import { loadIndicatorContext } from './indicatorContext'
import { storedPoints } from './storedPoints'

/** Whole months from the end of `year` (when its figure could first exist) to `now`. */
export const monthsSinceYearEnd = (year: number, now: Date): number =>
  (now.getUTCFullYear() - (year + 1)) * 12 + now.getUTCMonth()

type Alert = {
  goalId: Goal['id']
  kpiId: null | string
  line: string
  name: string
  reason: 'newer_year' | 'no_recent_figure'
  key: string
}

/**
 * Finds indicators on published pages whose figures are stale — Kolada has a newer year than the
 * page shows, or the newest figure is older than `staleAfterMonths` — and e-mails each page owner
 * (or, with none, the admins) once per plan about the ones not reported before. Returns how many
 * new alerts were made.
 */
export const alertStaleFigures = async (
  req: PayloadRequest,
  { now = new Date() }: { now?: Date } = {},
): Promise<number> => {
  const { payload } = req
  const { indicators, serverUrl, slugs } = pluginOptionsOf(payload.config)
  const published = { _status: { equals: 'published' } } as const
  const [{ docs: plans }, { docs: goals }, context] = await Promise.all([
    payload.find({
      collection: slugs.budgetPlans,
      depth: 1,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: published,
    }),
    payload.find({
      collection: slugs.goals,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: published,
    }),
    loadIndicatorContext(payload, req),
  ])
  const plansById = new Map<string, BudgetPlan>(
    (plans as BudgetPlan[]).map((p) => [String(p.id), p]),
  )
  const found = new Map<string, Alert[]>()
  for (const goal of goals as Goal[]) {
    const planId = idOf(goal.plan)
    if (planId === undefined || !plansById.has(String(planId))) continue
    for (const [index, indicator] of (goal.indicators ?? []).entries()) {
      const { series } = composeIndicator(
        indicator,
        context.seriesByKpi,
        context.areas,
        context.place,
      )
      const shown = latestYearOf(series)
      const koladaSeries = indicator.kpiId ? context.seriesByKpi.get(indicator.kpiId) : undefined
      const koladaLatest = storedPoints(koladaSeries?.points).reduce<null | number>(
        (y, p) =>
          p.area === context.areas.municipality && p.value !== null && (y === null || p.year > y)
            ? p.year
            : y,
        null,
      )
      const where = `Målet "${goal.title}", indikatorn "${indicator.name}"`
      const row = indicator.id ?? String(index)
      let alert: Alert | undefined
      if (koladaLatest !== null && (shown === null || koladaLatest > shown)) {
        alert = {
          goalId: goal.id,
          key: `${goal.id}:${row}:newer_year:${koladaLatest}`,
          kpiId: indicator.kpiId ?? null,
          line: `${where}: Kolada har uppgifter för ${koladaLatest}, sidan visar ${shown ?? 'inga'}.`,
          name: indicator.name,
          reason: 'newer_year',
        }
      } else if (shown === null || monthsSinceYearEnd(shown, now) > indicators.staleAfterMonths) {
        alert = {
          goalId: goal.id,
          key: `${goal.id}:${row}:no_recent_figure:${shown ?? 'none'}`,
          kpiId: indicator.kpiId ?? null,
          line:
            shown === null
              ? `${where}: uppgifter saknas.`
              : `${where}: senaste uppgiften är från ${shown}, äldre än ${indicators.staleAfterMonths} månader.`,
          name: indicator.name,
          reason: 'no_recent_figure',
        }
      }
      if (!alert) continue
      const list = found.get(String(planId)) ?? []
      list.push(alert)
      found.set(String(planId), list)
    }
  }

  let made = 0
  for (const [planId, alerts] of found) {
    const plan = plansById.get(planId) as BudgetPlan
    const fresh: Alert[] = []
    for (const alert of alerts) {
      try {
        await payload.create({
          collection: slugs.indicatorAlerts,
          data: {
            goal: alert.goalId,
            indicatorName: alert.name,
            key: alert.key,
            kpiId: alert.kpiId,
            message: alert.line,
            reason: alert.reason,
          },
          disableTransaction: true,
          overrideAccess: true,
        })
        fresh.push(alert)
      } catch (error) {
        // Already reported (the key is unique): the owner heard of it once.
        if (!(error instanceof ValidationError)) throw error
      }
    }
    if (fresh.length === 0) continue
    made += fresh.length
    const to = await pageRecipients(req, plan.pageOwner)
    if (to.length === 0) continue
    const link = `${serverUrl}${payload.config.routes.admin}/collections/${slugs.indicatorAlerts}`
    await payload.sendEmail({
      subject: `Inaktuella uppgifter på sidan "${plan.title}" / Stale figures`,
      text:
        `Några indikatorer på sidan "${plan.title}" visar inte de senaste uppgifterna:\n\n` +
        fresh.map((a) => `- ${a.line}`).join('\n') +
        `\n\nHämta nya värden (knappen "Hämta från Kolada nu" på målet) eller uppdatera de egna uppgifterna.\n${link}\n\n` +
        `Some indicators on the page "${plan.title}" do not show the latest figures (list above): ${link}\n`,
      to,
    })
    await payload.update({
      collection: slugs.indicatorAlerts,
      data: { sentTo: to.join(', ') },
      overrideAccess: true,
      where: { key: { in: fresh.map((a) => a.key) } },
    })
  }
  return made
}
