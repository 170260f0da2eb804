import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { BudgetPlan, FollowUpReport } from '../types'

import { PUBLISHING_WITH_REPORT } from '../hooks/contextKeys'
import { markPublicChange } from '../hooks/publicChange/pageCache'
import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { REPORT_KIND_OPTIONS } from '../lib/followUpOptions'
import { MAIL_FOLLOW_UP } from './followUpMail'

const published = { _status: { equals: 'published' } } as const

/** "Årsredovisning 2021", "Delårsrapport 2021", "Tertialrapport 1 2021". */
const defaultTitle = (report: Partial<FollowUpReport>): string => {
  const year = report.periodEnd ? new Date(report.periodEnd).getUTCFullYear() : ''
  const kind =
    report.kind === 'period' && report.periodName?.trim()
      ? report.periodName.trim()
      : (REPORT_KIND_OPTIONS.find((o) => o.value === report.kind)?.label.sv ?? 'Uppföljning')
  return `${kind} ${year}`.trim()
}

const planOf = (req: PayloadRequest, id: unknown) => {
  const planId = idOf(id)
  if (planId === undefined) return Promise.resolve(null)
  return req.payload.findByID({
    collection: pluginOptionsOf(req.payload.config).slugs.budgetPlans,
    depth: 0,
    disableErrors: true,
    id: planId,
    overrideAccess: true,
    req,
  }) as Promise<BudgetPlan | null>
}

/**
 * Before a report is saved: its plan never changes after it was opened (its assessments belong to
 * that plan); a missing title is the kind and the period; and a new report starts from the plan as
 * published — each initiative's state and progress, each savings measure's planned amount, each
 * committee's budget (tkr) — for the responsible to bring up to the period end.
 */
export const fillReportFromPlan: CollectionBeforeChangeHook<FollowUpReport> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  const filled = { ...data }
  if (operation === 'update' && originalDoc) filled.plan = originalDoc.plan
  // The title in the locale saved (a workflow step may carry every locale's as an object).
  const title: unknown = 'title' in filled ? filled.title : originalDoc?.title
  if (title === undefined || title === null || (typeof title === 'string' && !title.trim()))
    filled.title = defaultTitle({ ...originalDoc, ...filled })
  if (operation !== 'create') return filled
  const plan = await planOf(req, filled.plan)
  if (!plan) return filled
  const ofPlan = { and: [{ plan: { equals: plan.id } }, published] }
  if (!filled.initiatives?.length) {
    const { docs } = await req.payload.find({
      collection: slugs.initiatives,
      depth: 0,
      limit: 500,
      overrideAccess: true,
      req,
      where: ofPlan,
    })
    filled.initiatives = docs.map((initiative) => ({
      initiative: initiative.id,
      progress: (initiative as { progress?: null | number }).progress ?? null,
      state: (initiative as { status?: null | string }).status ?? null,
    }))
  }
  if (!filled.savings?.length) {
    const { docs } = await req.payload.find({
      collection: slugs.savingsMeasures,
      depth: 0,
      limit: 500,
      overrideAccess: true,
      req,
      where: ofPlan,
    })
    filled.savings = docs.map((measure) => ({
      measure: measure.id,
      planned:
        (measure as { estimatedAnnualSavings?: null | number }).estimatedAnnualSavings ?? null,
    }))
  }
  if (!filled.outcomes?.length) {
    filled.outcomes = (plan.budgetLines ?? []).map((line) => ({
      budget: Math.round(line.amount / 1000),
      committee: line.committee,
      kind: line.kind,
    }))
  }
  return filled
}

/**
 * After a report is opened: an assessment to fill in for every published goal of its plan, each
 * with the figures as they stood at the period end and the page owner as its responsible.
 */
export const openAssessments: CollectionAfterChangeHook<FollowUpReport> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const { slugs } = pluginOptionsOf(req.payload.config)
  const plan = await planOf(req, doc.plan)
  if (!plan) return doc
  const { docs: goals } = await req.payload.find({
    collection: slugs.goals,
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    req,
    where: { and: [{ plan: { equals: plan.id } }, published] },
  })
  for (const goal of goals) {
    await req.payload.create({
      collection: slugs.goalAssessments,
      data: { goal: goal.id, report: doc.id, responsible: idOf(plan.pageOwner) ?? null },
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
  }
  // The e-mails go from the jobs queue, after this transaction: a slow mail server holds nothing.
  await req.payload.jobs.queue({ input: { report: doc.id }, req, task: MAIL_FOLLOW_UP })
  return doc
}

/**
 * When a report is published (an approval, a scheduled publish, an admin's publish with review
 * off), every one of its assessments is published with it, as last saved — in the same
 * transaction: nothing of the report is public before, everything after.
 */
export const publishAssessmentsWithReport: CollectionAfterChangeHook<FollowUpReport> = async ({
  doc,
  req,
}) => {
  if (doc._status !== 'published') return doc
  const { slugs } = pluginOptionsOf(req.payload.config)
  const { docs } = await req.payload.find({
    collection: slugs.goalAssessments,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { report: { equals: doc.id } },
  })
  const publishing = new Set(docs.map((d) => String(d.id)))
  req.context[PUBLISHING_WITH_REPORT] = publishing
  // An approval publishes the report by restoring its approved version, and Payload marks the
  // request `isRestoringVersion`: a write under that mark keeps only the fields it sends and
  // empties the rest. Each assessment is published as last saved, so not under that mark.
  const restoring = req.context.isRestoringVersion
  req.context.isRestoringVersion = false
  try {
    for (const assessment of docs) {
      await req.payload.update({
        collection: slugs.goalAssessments,
        data: { _status: 'published' },
        depth: 0,
        id: assessment.id,
        overrideAccess: true,
        req,
      })
    }
  } finally {
    req.context[PUBLISHING_WITH_REPORT] = undefined
    req.context.isRestoringVersion = restoring
  }
  await markPublicChange(req)
  return doc
}

/** A report deleted takes its assessments with it. */
export const deleteAssessmentsOfReport: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await req.payload.delete({
    collection: pluginOptionsOf(req.payload.config).slugs.goalAssessments,
    overrideAccess: true,
    req,
    where: { report: { equals: doc.id } },
  })
  await markPublicChange(req)
  return doc
}
