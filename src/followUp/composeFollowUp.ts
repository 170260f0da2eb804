import type { Payload, Where } from 'payload'

import type { FollowUpReport, GoalAssessment } from '../types'
import type { GoalSnapshot } from './snapshotGoal'
import type { PublicAssessment, PublicFollowUp, ReportListing } from '../shape/followUpShape'

import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { ASSESSMENT_LABELS, wordsOf } from '../lib/followUpOptions'
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

type PlanRef = { id: Id; title: string; year: number }

const newestFirst = (a: ReportListing, b: ReportListing) =>
  b.periodEnd.localeCompare(a.periodEnd) || String(b.id).localeCompare(String(a.id))

const listingOf = (r: FollowUpReport): ReportListing => ({
  id: String(r.id),
  kind: r.kind,
  periodEnd: r.periodEnd,
  title: r.title ?? '',
})

const reportsOfPlan = async (payload: Payload, plan: PlanRef, locale: Locale) => {
  const { slugs } = pluginOptionsOf(payload.config)
  const docs = await findPublished<FollowUpReport>(
    payload,
    slugs.followUpReports,
    { plan: { equals: plan.id } },
    locale,
  )
  const planReports: PlanReports = {
    plan: { id: String(plan.id), title: plan.title, year: plan.year },
    reports: docs.map(listingOf).sort(newestFirst),
  }
  return { docs, planReports }
}

/** The published plan of `year` and its published reports (newest period first). */
export const loadPlanReports = async (
  payload: Payload,
  year: number,
  locale: Locale,
): Promise<null | PlanReports> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const [plan] = await findPublished<PlanRef>(
    payload,
    slugs.budgetPlans,
    { year: { equals: year } },
    locale,
  )
  return plan ? (await reportsOfPlan(payload, plan, locale)).planReports : null
}

const byOrder = (a: { order?: null | number }, b: { order?: null | number }) =>
  (a.order ?? 0) - (b.order ?? 0)

type Titled = { focusAreas?: unknown[] | null; id: Id; order?: null | number; title: string }

const idsIn = (ids: unknown[]): Where => ({
  id: { in: [...new Set(ids.map(idOf).filter((id) => id !== undefined))] },
})

/**
 * Published reports of one plan, composed for the public (REST, the page) in the order given — in
 * the same few queries for one report or twenty: every report's assessments, goals, initiatives,
 * savings measures and focus areas are read together.
 */
const composeReports = async (
  payload: Payload,
  planReports: PlanReports,
  reports: FollowUpReport[],
  locale: Locale,
): Promise<PublicFollowUp[]> => {
  if (reports.length === 0) return []
  const { slugs } = pluginOptionsOf(payload.config)
  const allAssessments = await findPublished<GoalAssessment>(
    payload,
    slugs.goalAssessments,
    { report: { in: reports.map((r) => r.id) } },
    locale,
  )
  const [goals, initiatives, measures] = await Promise.all([
    findPublished<Titled>(payload, slugs.goals, idsIn(allAssessments.map((a) => a.goal)), locale),
    findPublished<Titled>(
      payload,
      slugs.initiatives,
      idsIn(reports.flatMap((report) => (report.initiatives ?? []).map((r) => r.initiative))),
      locale,
    ),
    findPublished<Titled>(
      payload,
      slugs.savingsMeasures,
      idsIn(reports.flatMap((report) => (report.savings ?? []).map((r) => r.measure))),
      locale,
    ),
  ])
  const focusAreaIds = goals.map((g) => idOf(g.focusAreas?.[0])).filter((id) => id !== undefined)
  const focusAreas = (
    await findPublished<Titled>(payload, slugs.focusAreas, idsIn(focusAreaIds), locale)
  ).sort(byOrder)
  const goalById = new Map(goals.map((g) => [String(g.id), g]))
  return reports.map((report) => {
    const assessments = allAssessments.filter((a) => String(idOf(a.report)) === String(report.id))
    const wording = wordsOf(report.kind)
    const rows = assessments
      .map((a) => ({ a, goal: goalById.get(String(idOf(a.goal))) }))
      .filter((row): row is { a: GoalAssessment; goal: Titled } => row.goal !== undefined)
      .sort((x, y) => byOrder(x.goal, y.goal))
    const groups = [
      ...focusAreas,
      { id: null, title: locale === 'en' ? 'Other goals' : 'Övriga mål' },
    ]
      .map((area) => {
        const inArea = rows.filter((row) => {
          const first = idOf(row.goal.focusAreas?.[0])
          const known =
            first !== undefined && focusAreas.some((f) => String(f.id) === String(first))
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
          : [
              {
                id: String(id),
                planned: row.planned ?? null,
                realised: row.realised ?? null,
                title,
              },
            ]
      }),
      sentence: summarySentence(summary, wording === 'annual', locale),
      summary,
    }
  })
}

/** One published report of the plan, composed for the public (REST, the page). */
export const composeFollowUp = async (
  payload: Payload,
  planReports: PlanReports,
  reportId: Id,
  locale: Locale,
): Promise<null | PublicFollowUp> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const reports = await findPublished<FollowUpReport>(
    payload,
    slugs.followUpReports,
    { and: [{ id: { equals: reportId } }, { plan: { equals: planReports.plan.id } }] },
    locale,
  )
  return (await composeReports(payload, planReports, reports, locale))[0] ?? null
}

/**
 * Every published report of `plan` (the published plan), composed, newest period first — what the
 * plan's page carries (`followUpReports` in REST and `PublicPlan`).
 */
export const composePlanFollowUps = async (
  payload: Payload,
  plan: PlanRef,
  locale: Locale,
): Promise<PublicFollowUp[]> => {
  const { docs, planReports } = await reportsOfPlan(payload, plan, locale)
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  const ordered = planReports.reports.flatMap((r) => byId.get(r.id) ?? [])
  return composeReports(payload, planReports, ordered, locale)
}
