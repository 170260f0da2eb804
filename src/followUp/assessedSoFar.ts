import type { FieldHook } from 'payload'

import type { FollowUpReport, GoalAssessment } from '../types'

import { idOf } from '../lib/idOf'
import { isStaffUser } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/**
 * What is missing in a report, for staff, whenever it is read: "2 av 3 mål bedömda; saknas: …"
 * (the assessments as last saved). Nothing for anyone else, and nothing read for them.
 */
export const assessedSoFar: FieldHook<FollowUpReport, null | string, FollowUpReport> = async ({
  data,
  req,
}) => {
  if (!isStaffUser(req.user) || data?.id === undefined) return null
  const { slugs } = pluginOptionsOf(req.payload.config)
  // Depth 0: an assessment's report, populated, would read this field again.
  const { docs } = await req.payload.find({
    collection: slugs.goalAssessments,
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { assessment: true, goal: true },
    // Made in the goals' order when the report was opened.
    sort: 'createdAt',
    where: { report: { equals: data.id } },
  })
  const assessments = docs as GoalAssessment[]
  const open = assessments.filter((a) => !a.assessment).map((a) => idOf(a.goal))
  const { docs: goals } = await req.payload.find({
    collection: slugs.goals,
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { title: true },
    where: { id: { in: open.filter((id) => id !== undefined) } },
  })
  const titleOf = new Map(goals.map((g) => [String(g.id), (g as { title: string }).title]))
  const missing = open.map((id) => titleOf.get(String(id)) ?? `Mål ${String(id)}`)
  const done = assessments.length - missing.length
  return `${done} av ${assessments.length} mål bedömda${missing.length ? `; saknas: ${missing.join(', ')}` : ''}`
}
