import type { Payload, Where } from 'payload'

import type { FollowUpReport, GoalAssessment } from '../types'
import type { GoalSnapshot } from './snapshotGoal'
import type { PublicAssessment, PublicFollowUp, ReportListing } from './followUpShape'

import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { ASSESSMENT_LABELS, wordsOf } from './followUpOptions'
import { summarizeAssessments, summarySentence } from './summarizeAssessments'

type Locale = 'en' | 'sv'
type Id = number | string

/** A plan's published reports, newest period first; null when the plan is not published. */
export type PlanReports = {
  plan: PublicFollowUp['plan']
  reports: ReportListing[]
}

const published: Where = { _status: { equals: 'published' } }

const findPublished = async <T>(
  payload: Payload,
  collection: string,
  where: Where,
  locale: Locale,
): Promise<T[]> => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    locale,
    overrideAccess: true,
    pagination: false,
    where: { and: [where, published] },
  })
  return docs as T[]
}

/** The published plan of `year` and its published reports (newest period first). */
export const loadPlanReports = async (
  payload: Payload,
  year: number,
  locale: Locale,
): Promise<null | PlanReports> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const [plan] = await findPublished<{ id: Id; title: string; year: number }>(
    payload,
    slugs.budgetPlans,
    { year: { equals: year } },
    locale,
  )
  if (!plan) return null
  const reports = await findPublished<FollowUpReport>(
    payload,
    slugs.followUpReports,
    { plan: { equals: plan.id } },
    locale,
  )
  return {
    plan: { id: String(plan.id), title: plan.title, year: plan.year },
    reports: reports
      .map((r) => ({
        id: String(r.id),
        kind: r.kind,
        periodEnd: r.periodEnd,
        title: r.title ?? '',
      }))
      .sort(
        (a, b) =>
          b.periodEnd.localeCompare(a.periodEnd) || String(b.id).localeCompare(String(a.id)),
      ),
  }
}

const byOrder = (a: { order?: null | number }, b: { order?: null | number }) =>
  (a.order ?? 0) - (b.order ?? 0)

/** One published report of the plan, composed for the public (REST, the page). */
export const composeFollowUp = async (
  payload: Payload,
  planReports: PlanReports,
  reportId: Id,
  locale: Locale,
): Promise<null | PublicFollowUp> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const [report] = await findPublished<FollowUpReport>(
    payload,
    slugs.followUpReports,
    { and: [{ id: { equals: reportId } }, { plan: { equals: planReports.plan.id } }] },
    locale,
  )
  if (!report) return null
  const assessments = await findPublished<GoalAssessment>(
    payload,
    slugs.goalAssessments,
    { report: { equals: report.id } },
    locale,
  )
  const idsIn = (ids: unknown[]): Where => ({
    id: { in: [...new Set(ids.map(idOf).filter((id) => id !== undefined))] },
  })
  type Titled = { focusAreas?: unknown[] | null; id: Id; order?: null | number; title: string }
  const [goals, initiatives, measures] = await Promise.all([
    findPublished<Titled>(payload, slugs.goals, idsIn(assessments.map((a) => a.goal)), locale),
    findPublished<Titled>(
      payload,
      slugs.initiatives,
      idsIn((report.initiatives ?? []).map((r) => r.initiative)),
      locale,
    ),
    findPublished<Titled>(
      payload,
      slugs.savingsMeasures,
      idsIn((report.savings ?? []).map((r) => r.measure)),
      locale,
    ),
  ])
  const focusAreaIds = goals.map((g) => idOf(g.focusAreas?.[0])).filter((id) => id !== undefined)
  const focusAreas = await findPublished<Titled>(
    payload,
    slugs.focusAreas,
    idsIn(focusAreaIds),
    locale,
  )
  const wording = wordsOf(report.kind)
  const goalById = new Map(goals.map((g) => [String(g.id), g]))
  const rows = assessments
    .map((a) => ({ a, goal: goalById.get(String(idOf(a.goal))) }))
    .filter((row): row is { a: GoalAssessment; goal: Titled } => row.goal !== undefined)
    .sort((x, y) => byOrder(x.goal, y.goal))
  const groups = [
    ...focusAreas.sort(byOrder),
    { id: null, title: locale === 'en' ? 'Other goals' : 'Övriga mål' },
  ]
    .map((area) => {
      const inArea = rows.filter((row) => {
        const first = idOf(row.goal.focusAreas?.[0])
        const known = first !== undefined && focusAreas.some((f) => String(f.id) === String(first))
        return area.id === null ? !known : String(first) === String(area.id)
      })
      return {
        goals: inArea.map(({ a, goal }): PublicAssessment => ({
          analysis: a.analysis ?? null,
          assessment: a.assessment ?? null,
          assessmentLabel: a.assessment ? ASSESSMENT_LABELS[wording][a.assessment][locale] : null,
          figures: (a.figures as GoalSnapshot | null) ?? null,
          goal: { id: String(goal.id), title: goal.title },
          reason: a.reason ?? null,
          suggested: a.suggested ?? null,
        })),
        id: area.id === null ? null : String(area.id),
        summary: summarizeAssessments(inArea.map(({ a }) => a)),
        title: area.title,
      }
    })
    .filter((group) => group.goals.length > 0)
  const titleOf = (list: Titled[], id: unknown) =>
    list.find((d) => String(d.id) === String(idOf(id)))?.title
  const summary = summarizeAssessments(rows.map(({ a }) => a))
  return {
    focusAreas: groups,
    initiatives: (report.initiatives ?? []).flatMap((row) => {
      const title = titleOf(initiatives, row.initiative)
      const id = idOf(row.initiative)
      return title === undefined || id === undefined
        ? []
        : [
            {
              comment: row.comment ?? null,
              id: String(id),
              progress: row.progress ?? null,
              state: row.state ?? null,
              title,
            },
          ]
    }),
    outcomes: (report.outcomes ?? []).map((row) => {
      const reached = row.forecast ?? row.outcome ?? null
      const deviation = reached !== null && row.budget != null ? reached - row.budget : null
      return {
        budget: row.budget ?? null,
        comment: row.comment ?? null,
        committee: row.committee,
        deviation,
        deviationPercent:
          deviation !== null && row.budget
            ? Math.round((deviation / row.budget) * 1000) / 10
            : null,
        forecast: row.forecast ?? null,
        kind: row.kind ?? 'drift',
        outcome: row.outcome ?? null,
      }
    }),
    plan: planReports.plan,
    report: {
      budgetedResult: report.budgetedResult ?? null,
      id: String(report.id),
      kind: report.kind,
      periodEnd: report.periodEnd,
      periodName: report.periodName ?? null,
      publishedAt: report.publishedAt ?? null,
      result: report.result ?? null,
      summary: report.summary ?? null,
      title: report.title ?? '',
      wording,
    },
    reports: planReports.reports,
    savings: (report.savings ?? []).flatMap((row) => {
      const title = titleOf(measures, row.measure)
      const id = idOf(row.measure)
      return title === undefined || id === undefined
        ? []
        : [{ id: String(id), planned: row.planned ?? null, realised: row.realised ?? null, title }]
    }),
    sentence: summarySentence(summary, wording === 'annual', locale),
    summary,
  }
}

/**
 * Every published report of the plan of `year`, composed, newest period first — what the plan's
 * page carries (`followUpReports` in REST and `PublicPlan`).
 */
export const composePlanFollowUps = async (
  payload: Payload,
  year: number,
  locale: Locale,
): Promise<PublicFollowUp[]> => {
  const planReports = await loadPlanReports(payload, year, locale)
  if (!planReports) return []
  const composed = await Promise.all(
    planReports.reports.map((r) => composeFollowUp(payload, planReports, r.id, locale)),
  )
  return composed.filter((report): report is PublicFollowUp => report !== null)
}
