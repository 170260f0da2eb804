import type { Endpoint, Payload } from 'payload'

import type { Goal } from '../types'

import { ImportSetupError, importIndicators } from './importIndicators'
import { latestDraftOf } from '../endpoints/latestDraftOf'
import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { reviewApplies } from '../workflow/reviewRule'

const running = new WeakSet<Payload>()

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { headers: { 'Cache-Control': 'no-store' }, status })

/**
 * `POST /api/goals/:id/import-indicators` ("Hämta från Kolada nu" on a goal): staff only — under
 * review reviewers and admins, since the figures are public at once. Imports
 * Kolada's figures for the goal's KPIs now and answers the run's report — 200 when it ran (its
 * `outcome` says whether every KPI came), 502 when Kolada gave nothing, 409 while another import
 * runs in this process or when the municipality's Kolada id is not set.
 */
export const importFromKolada = (): Endpoint => ({
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return answer(req.user ? 403 : 401, 'Logga in som redaktör / Sign in as staff')
    }
    // New figures reach the public page at once: under review that is a reviewer's call, or the
    // nightly import's.
    if (!mayPublishReviewed(req.user) && (await reviewApplies(req))) {
      return answer(
        403,
        'Granskning före publicering är påslagen: nya siffror från Kolada når sidan direkt, så en granskare hämtar dem (annars hämtas de varje natt) / Review before publishing is on: new Kolada figures reach the page at once, so a reviewer fetches them (otherwise the nightly import does)',
      )
    }
    const goal = await latestDraftOf(
      req,
      pluginOptionsOf(req.payload.config).slugs.goals,
      req.routeParams?.id,
    )
    if (!goal) return answer(404, 'Målet finns inte / No such goal')
    if (!((goal as Goal).indicators ?? []).some((i) => i.kpiId)) {
      return answer(
        400,
        'Målet har ingen indikator med Kolada-id: ange t.ex. N15419 och spara först / The goal has no indicator with a Kolada id',
      )
    }
    if (running.has(req.payload)) {
      return answer(
        409,
        'En hämtning från Kolada pågår redan; försök igen om en stund / An import is already running',
      )
    }
    running.add(req.payload)
    try {
      const report = await importIndicators(req.payload, { goalIds: [goal.id], trigger: 'admin' })
      return Response.json(report, {
        headers: { 'Cache-Control': 'no-store' },
        status: report.outcome === 'failed' ? 502 : 200,
      })
    } catch (error) {
      if (error instanceof ImportSetupError) return answer(409, error.message)
      throw error
    } finally {
      running.delete(req.payload)
    }
  },
  method: 'post',
  path: '/:id/import-indicators',
})
