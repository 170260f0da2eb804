import type { Payload } from 'payload'

import { createLocalReq, ValidationError } from 'payload'

import type { Goal, IndicatorSeries } from '../types'

import { RIKET_ID } from '../lib/indicatorSeries'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { stampPlans } from '../hooks/publicChange/stampPlans'
import { alertStaleFigures } from './alertStaleFigures'
import { createKoladaClient, type KoladaClient } from './kolada/createKoladaClient'
import { KoladaError } from './kolada/KoladaError'
import { koladaAreasOf } from './koladaAreas'
import { diffPoints, type FigureChange, mergePoints, toPoints } from './koladaPoints'
import { idOf } from '../lib/idOf'
import { storedPoints } from './storedPoints'

/** What started an import. */
export type ImportTrigger = 'admin' | 'cli' | 'schedule'

/** What one import did; `recordId` is its row in the admin's import list. */
export type ImportReport = {
  alertsSent: number
  changes: FigureChange[]
  errors: { kpiId: string; message: string }[]
  kpis: string[]
  notes: string[]
  outcome: 'failed' | 'ok' | 'partial'
  recordId: number | string
  stampedPlans: number
}

/** The import cannot run as configured (no municipality id); the message says how to fix it. */
export class ImportSetupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportSetupError'
  }
}

const NO_MUNICIPALITY =
  "Kommunens Kolada-id saknas: ange det i Webbplatsinställningar › Indikatorer från Kolada (t.ex. 2083) eller i KOLADA_MUNICIPALITY_ID. / The municipality's Kolada id is not set."

const summaryOf = (r: Omit<ImportReport, 'recordId' | 'summary'>): string => {
  const lines = [
    `${r.kpis.length} KPI:er, ${r.changes.length} ändrade värden, ${r.errors.length} fel.`,
    ...r.errors.map((e) => `Fel ${e.kpiId}: ${e.message}`),
    ...r.notes,
  ]
  return lines.join('\n')
}

/**
 * Imports Kolada's figures for every KPI the goals use (or only those of `goalIds`): the
 * municipality, Riket and the comparison group, `yearsBack` years. Each KPI is read whole and
 * checked before anything of it is stored; one failing KPI does not stop the others. Only changed
 * figures count: when a published goal's figures change, its plan's "Sida uppdaterad" moves and
 * every cache sees it. Stale figures on published pages are reported to their owners. Every run
 * leaves a record (when, which KPIs, what changed, what failed).
 */
export const importIndicators = async (
  payload: Payload,
  {
    client,
    goalIds,
    now = new Date(),
    trigger,
  }: {
    client?: KoladaClient
    goalIds?: (number | string)[]
    now?: Date
    trigger: ImportTrigger
  },
): Promise<ImportReport> => {
  const options = pluginOptionsOf(payload.config)
  const { indicators, slugs } = options
  const startedAt = now.toISOString()
  const record = async (report: Omit<ImportReport, 'recordId'>): Promise<ImportReport> => {
    const created = await payload.create({
      collection: slugs.indicatorImports,
      data: {
        changeCount: report.changes.length,
        changes: report.changes,
        errorCount: report.errors.length,
        errors: report.errors,
        finishedAt: new Date().toISOString(),
        kpis: report.kpis.join(', '),
        outcome: report.outcome,
        startedAt,
        summary: summaryOf(report),
        trigger,
      },
      overrideAccess: true,
    })
    payload.logger.info({
      changes: report.changes.length,
      errors: report.errors.length,
      kpis: report.kpis.length,
      msg: `Kolada import (${trigger}): ${report.outcome}`,
    })
    return { ...report, recordId: created.id }
  }

  const settings = await payload.findGlobal({ slug: slugs.siteSettings, depth: 0 })
  const areas = koladaAreasOf(options, settings)
  const empty = { alertsSent: 0, changes: [], kpis: [], notes: [], stampedPlans: 0 }
  if (!areas.municipality) {
    await record({
      ...empty,
      errors: [{ kpiId: '-', message: NO_MUNICIPALITY }],
      outcome: 'failed',
    })
    throw new ImportSetupError(NO_MUNICIPALITY)
  }

  const { docs: goals } = await payload.find({
    collection: slugs.goals,
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: goalIds ? { id: { in: goalIds } } : undefined,
  })
  const kpis = [
    ...new Set(
      (goals as Goal[]).flatMap((g) =>
        (g.indicators ?? []).map((i) => i.kpiId ?? '').filter(Boolean),
      ),
    ),
  ].sort()

  const kolada =
    client ??
    createKoladaClient({
      baseUrl: indicators.baseUrl,
      retries: indicators.retries,
      retryDelayMs: indicators.retryDelayMs,
      timeoutMs: indicators.timeoutMs,
    })
  const areaIds = [
    ...new Set([areas.municipality, RIKET_ID, ...(areas.group ? [areas.group] : [])]),
  ]
  const thisYear = now.getUTCFullYear()
  const years = Array.from(
    { length: indicators.yearsBack + 1 },
    (_, i) => thisYear - indicators.yearsBack + i,
  )

  const changes: FigureChange[] = []
  const errors: ImportReport['errors'] = []
  for (const kpiId of kpis) {
    try {
      const [kpi, rows] = await Promise.all([
        kolada.kpi(kpiId),
        kolada.values(kpiId, areaIds, years),
      ])
      if (!kpi) throw new KoladaError(`Kolada känner inte till ${kpiId} / Kolada has no such KPI`)
      const { docs } = await payload.find({
        collection: slugs.indicatorSeries,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        where: { kpiId: { equals: kpiId } },
      })
      const stored = docs[0] as IndicatorSeries | undefined
      const before = storedPoints(stored?.points)
      const after = mergePoints(before, toPoints(rows), areaIds, years)
      const changed = diffPoints(kpiId, before, after)
      changes.push(...changed)
      const latestYear = after.reduce<null | number>(
        (y, p) =>
          p.area === areas.municipality && p.value !== null && (y === null || p.year > y)
            ? p.year
            : y,
        null,
      )
      const data = {
        checkedAt: now.toISOString(),
        genderDivided: kpi.genderDivided,
        kpiId,
        latestYear,
        title: kpi.title,
        ...(changed.length > 0 || !stored ? { fetchedAt: now.toISOString(), points: after } : {}),
      }
      if (stored) {
        await payload.update({
          id: stored.id,
          collection: slugs.indicatorSeries,
          data,
          overrideAccess: true,
        })
      } else {
        try {
          await payload.create({ collection: slugs.indicatorSeries, data, overrideAccess: true })
        } catch (error) {
          // Another import created it meanwhile: ours is as fresh, write it over theirs.
          if (!(error instanceof ValidationError)) throw error
          await payload.update({
            collection: slugs.indicatorSeries,
            data,
            overrideAccess: true,
            where: { kpiId: { equals: kpiId } },
          })
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (!(error instanceof KoladaError))
        payload.logger.error({ err: error, msg: `Kolada import of ${kpiId} failed` })
      errors.push({ kpiId, message })
    }
  }

  // An editor's own figure wins over Kolada's; say so when Kolada now disagrees with it.
  const notes: string[] = []
  for (const goal of goals as Goal[]) {
    for (const indicator of goal.indicators ?? []) {
      for (const change of changes) {
        if (change.kpiId !== indicator.kpiId || change.area !== areas.municipality) continue
        const own = (indicator.figures ?? []).find((f) => f.year === change.year)
        if (own && change.after !== null && own.value !== change.after) {
          notes.push(
            `Målet "${goal.title}", indikatorn "${indicator.name}": Kolada har ${change.after} för ${change.year}, men er egen uppgift ${own.value} visas (den skrivs inte över).`,
          )
        }
      }
    }
  }

  const req = await createLocalReq({}, payload)
  const changedKpis = new Set(changes.map((c) => c.kpiId))
  const plans = new Set<number | string>()
  if (changedKpis.size > 0) {
    const { docs: published } = await payload.find({
      collection: slugs.goals,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { _status: { equals: 'published' } },
    })
    for (const goal of published as Goal[]) {
      const shows = (goal.indicators ?? []).some(
        (i) => i.kpiId && i.useKolada !== false && changedKpis.has(i.kpiId),
      )
      const plan = idOf(goal.plan)
      if (shows && plan !== undefined) plans.add(plan)
    }
    await stampPlans(req, plans)
  }

  const alertsSent = await alertStaleFigures(req, { now })
  return record({
    alertsSent,
    changes,
    errors,
    kpis,
    notes,
    outcome: errors.length === 0 ? 'ok' : errors.length < kpis.length ? 'partial' : 'failed',
    stampedPlans: plans.size,
  })
}
