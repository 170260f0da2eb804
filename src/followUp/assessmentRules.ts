import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'

import type { GoalAssessment } from '../types'

import { PUBLISHING_WITH_REPORT } from '../hooks/contextKeys'
import { type DocumentId, idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { ASSESSMENT_LABELS, suggestedAssessment } from '../lib/followUpOptions'
import { loadIndicatorContext } from '../indicators/indicatorContext'
import { snapshotGoal } from './snapshotGoal'

const refuse = (sv: string, en: string): never => {
  throw new APIError(`${sv} / ${en}`, 400, undefined, true)
}

/** Whether this write is a report's publish publishing this assessment. */
const publishingWithReport = (context: Record<string, unknown>, id: unknown): boolean => {
  const ids = context[PUBLISHING_WITH_REPORT]
  return ids instanceof Set && id !== undefined && ids.has(String(id))
}

/**
 * Before every create, update (one or many) and restore of an assessment: it is saved as a draft,
 * whatever the request asks — by REST, GraphQL, the admin, a duplicate or a restored version. Only
 * its report's publish publishes it (nothing of a report is public before, everything after).
 */
export const keepAssessmentWithReport: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion')
    return args
  const { data, draft, id } = args as { data?: unknown; draft?: boolean; id?: unknown }
  if (operation !== 'create' && publishingWithReport(req.context, id)) return args
  // Payload reads a restore's `draft` before this hook: a restore not asked as a draft would write
  // the version over the published assessment (publishing it, or taking it offline).
  if (operation === 'restoreVersion' && draft !== true)
    return refuse(
      'En bedömning återställs bara som utkast (draft=true); den publiceras med sin rapport',
      'An assessment is restored as a draft only (draft=true); it is published with its report',
    )
  const asDraft =
    data && typeof data === 'object' && !Array.isArray(data)
      ? { ...(data as Record<string, unknown>), _status: 'draft' }
      : data
  return { ...args, ...(data === undefined ? {} : { data: asDraft }), draft: true }
}

/**
 * What a reviewer approves is what goes public: while its report is sent for review (or approved
 * for a later publish), its assessments cannot change — return the report to change them.
 */
const refuseWhileReportInReview = async (
  req: PayloadRequest,
  reportId: DocumentId | undefined,
): Promise<void> => {
  if (reportId === undefined) return
  const report = await req.payload.findByID({
    collection: pluginOptionsOf(req.payload.config).slugs.followUpReports,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: reportId,
    overrideAccess: true,
    req,
    select: { reviewState: true, scheduledPublish: true },
  })
  if (report?.reviewState === 'in_review' || (report?.scheduledPublish ?? null) !== null) {
    throw new APIError(
      'Rapporten granskas: bedömningarna kan inte ändras förrän granskaren skickat tillbaka den / The report is in review: its assessments cannot change until the reviewer returns it',
      409,
      undefined,
      true,
    )
  }
}

/**
 * Before every save: the report and goal of an assessment never change; what the figures suggest
 * and the figures themselves are the system's (taken when the assessment is made, kept after);
 * one assessment per goal and report; and an assessment that differs from the figures says why.
 */
export const requireReasonForDeviation: CollectionBeforeChangeHook<GoalAssessment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  let own: Partial<GoalAssessment>
  if (operation === 'create') {
    const reportId = idOf(data.report)
    const goalId = idOf(data.goal)
    if (reportId === undefined || goalId === undefined)
      return refuse('Ange rapport och mål', 'Give the report and the goal')
    const [report, goal, existing] = await Promise.all([
      req.payload.findByID({
        collection: slugs.followUpReports,
        depth: 0,
        disableErrors: true,
        draft: true,
        id: reportId,
        overrideAccess: true,
        req,
      }),
      // The goal as published, which is what the report follows up: an editor's later draft of
      // it (without a plan yet, other figures) neither blocks the report nor goes into it.
      req.payload.findByID({
        collection: slugs.goals,
        depth: 0,
        disableErrors: true,
        id: goalId,
        overrideAccess: true,
        req,
      }),
      req.payload.count({
        collection: slugs.goalAssessments,
        overrideAccess: true,
        req,
        where: { and: [{ report: { equals: reportId } }, { goal: { equals: goalId } }] },
      }),
    ])
    if (!report) return refuse(`Rapporten ${reportId} finns inte`, `No report ${reportId}`)
    if (!goal) return refuse(`Målet ${goalId} finns inte`, `No goal ${goalId}`)
    if (idOf(goal.plan) !== idOf(report.plan))
      return refuse(
        'Målet hör till en annan plan än rapporten',
        'The goal belongs to another plan than the report',
      )
    if (existing.totalDocs > 0)
      return refuse(
        'Målet har redan en bedömning i den här rapporten',
        'The goal already has an assessment in this report',
      )
    const snapshot = snapshotGoal(
      goal as Parameters<typeof snapshotGoal>[0],
      await loadIndicatorContext(req.payload, req),
      new Date(String(report.periodEnd)),
    )
    own = { figures: snapshot, suggested: suggestedAssessment(snapshot.status) }
  } else {
    own = {
      figures: originalDoc?.figures ?? null,
      goal: originalDoc?.goal,
      report: originalDoc?.report,
      suggested: originalDoc?.suggested ?? null,
    }
  }
  if (!publishingWithReport(req.context, originalDoc?.id))
    await refuseWhileReportInReview(req, idOf(own.report ?? data.report))
  const merged = { ...originalDoc, ...data, ...own }
  if (
    merged.assessment &&
    merged.suggested &&
    merged.assessment !== merged.suggested &&
    !String(merged.reason ?? '').trim()
  ) {
    return refuse(
      `Bedömningen (${ASSESSMENT_LABELS.annual[merged.assessment].sv}) skiljer sig från vad indikatorerna pekar på (${ASSESSMENT_LABELS.annual[merged.suggested].sv}): skriv varför i fältet "Varför den skiljer sig från indikatorerna"`,
      `The assessment (${ASSESSMENT_LABELS.annual[merged.assessment].en}) differs from what the figures suggest (${ASSESSMENT_LABELS.annual[merged.suggested].en}): give the reason in "reason"`,
    )
  }
  return { ...data, ...own }
}
