import type { PayloadRequest } from 'payload'

import type { GoalAssessment } from '../types'

import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** How far a report's assessments have come: how many goals, and the titles of those not assessed. */
export type AssessmentProgress = { missing: string[]; total: number }

/**
 * The assessments of a report as last saved (drafts included), in the goals' order when the report
 * was opened, and the titles of the goals still without an assessment — what the staff's overview
 * shows and what the quality gate refuses to publish.
 */
export const assessmentProgress = async (
  req: PayloadRequest,
  reportId: number | string,
): Promise<AssessmentProgress> => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  // Depth 0: an assessment's report, populated, would read the report's own fields again.
  const { docs } = await req.payload.find({
    collection: slugs.goalAssessments,
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { assessment: true, goal: true },
    sort: 'createdAt',
    where: { report: { equals: reportId } },
  })
  const assessments = docs as Pick<GoalAssessment, 'assessment' | 'goal'>[]
  const open = assessments
    .filter((a) => !a.assessment)
    .map((a) => idOf(a.goal))
    .filter((id) => id !== undefined)
  if (open.length === 0) return { missing: [], total: assessments.length }
  const { docs: goals } = await req.payload.find({
    collection: slugs.goals,
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { title: true },
    where: { id: { in: open } },
  })
  const titleOf = new Map(goals.map((g) => [String(g.id), (g as { title: string }).title]))
  return {
    missing: open.map((id) => titleOf.get(String(id)) ?? `Mål ${String(id)}`),
    total: assessments.length,
  }
}
