import type { PayloadRequest, TaskConfig } from 'payload'

import { z } from 'zod'

import type { SanitizedOptions } from '../options/types'
import type { BudgetPlan, FollowUpReport, GoalAssessment } from '../types'

import { pageRecipients } from '../email/pageRecipients'
import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { inOwnRequest } from '../lib/ownRequest'

/** Slug of the task that e-mails a report's responsibles (queued when a report is opened). */
export const MAIL_FOLLOW_UP = 'mailFollowUp'
/** Slug of the daily task that reminds them before the deadline. */
export const REMIND_FOLLOW_UP = 'remindFollowUp'
/** How many days before its deadline a report's responsibles are reminded of what is left. */
export const REMIND_DAYS_BEFORE = 3

const day = (iso: null | string | undefined) => (iso ? iso.slice(0, 10) : 'inget datum')

/**
 * E-mails each responsible the goals of the report they are to assess (`unassessed`: only those
 * not assessed yet), with the deadline and the admin's link; an assessment with no responsible goes
 * to the plan's page owner (or the admins). One message per person. Answers how many were sent.
 */
export const mailResponsibles = async (
  req: PayloadRequest,
  report: FollowUpReport,
  which: 'all' | 'unassessed',
): Promise<number> => {
  const { serverUrl, slugs } = pluginOptionsOf(req.payload.config)
  const { docs } = await req.payload.find({
    collection: slugs.goalAssessments,
    depth: 1,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { report: { equals: report.id } },
  })
  const open = (docs as GoalAssessment[]).filter((a) => which === 'all' || !a.assessment)
  if (open.length === 0) return 0
  const plan = (await req.payload.findByID({
    collection: slugs.budgetPlans,
    depth: 1,
    disableErrors: true,
    id: idOf(report.plan) ?? -1,
    overrideAccess: true,
    req,
  })) as BudgetPlan | null
  const fallback = await pageRecipients(req, plan?.pageOwner)
  const byAddress = new Map<string, string[]>()
  for (const assessment of open) {
    const responsible = assessment.responsible
    const to =
      responsible && typeof responsible === 'object' && responsible.email
        ? [responsible.email]
        : fallback
    const goal = assessment.goal
    const title = goal && typeof goal === 'object' ? goal.title : `Mål ${String(goal)}`
    for (const address of to) byAddress.set(address, [...(byAddress.get(address) ?? []), title])
  }
  const link = `${serverUrl}${req.payload.config.routes.admin}/collections/${slugs.goalAssessments}?where[report][equals]=${report.id}`
  const reminder = which === 'unassessed'
  for (const [to, goals] of byAddress) {
    await req.payload.sendEmail({
      subject: `${reminder ? 'Påminnelse: ' : ''}${report.title ?? 'Uppföljning'} – bedöm ${goals.length} mål senast ${day(report.deadline)} / ${reminder ? 'Reminder: ' : ''}assess ${goals.length} goal(s)`,
      text:
        `${reminder ? 'Dessa mål är ännu inte bedömda' : 'Du är ansvarig för att bedöma dessa mål'} i ${report.title ?? 'uppföljningen'} (perioden till ${day(report.periodEnd)}), senast ${day(report.deadline)}:\n` +
        goals.map((title) => `- ${title}`).join('\n') +
        `\n\nBedöm dem här: ${link}\n\n` +
        `${reminder ? 'These goals are not assessed yet' : 'You are responsible for assessing these goals'} in ${report.title ?? 'the follow-up report'}, by ${day(report.deadline)}: ${link}\n`,
      to,
    })
  }
  return byAddress.size
}

const input = z.object({ report: z.union([z.number(), z.string()]) })

/** Queued when a report is opened: tells each responsible what to assess, and by when. */
export const mailFollowUpTask = (): TaskConfig => ({
  slug: MAIL_FOLLOW_UP,
  handler: inOwnRequest(async ({ input: raw, req }) => {
    const { report: id } = input.parse(raw)
    const report = (await req.payload.findByID({
      collection: pluginOptionsOf(req.payload.config).slugs.followUpReports,
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })) as FollowUpReport | null
    const sent = report ? await mailResponsibles(req, report, 'all') : 0
    return { output: { sent } }
  }),
  inputSchema: [{ name: 'report', type: 'json', required: true }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 3,
})

/**
 * Daily: for every report not yet published whose deadline is at most {@link REMIND_DAYS_BEFORE}
 * days away (or just passed), reminds the responsibles of the goals not assessed yet — once per
 * deadline (the deadline a reminder went out for is stored on the report).
 */
export const remindFollowUpTask = ({ slugs }: SanitizedOptions): TaskConfig => ({
  slug: REMIND_FOLLOW_UP,
  handler: inOwnRequest(async ({ req }) => {
    const now = Date.now()
    const soon = new Date(now + REMIND_DAYS_BEFORE * 86_400_000).toISOString()
    const { docs } = await req.payload.find({
      collection: slugs.followUpReports,
      depth: 0,
      draft: true,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { deadline: { less_than_equal: soon } },
          { deadline: { greater_than_equal: new Date(now - 7 * 86_400_000).toISOString() } },
          { _status: { not_equals: 'published' } },
        ],
      },
    })
    // The reminder's mark is kept on the report's own row (drafts live in its versions).
    const { docs: marks } = await req.payload.find({
      collection: slugs.followUpReports,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { reminderSentFor: true },
      where: { id: { in: docs.map((d) => d.id) } },
    })
    const sentFor = new Map(
      marks.map((m) => [String(m.id), (m as FollowUpReport).reminderSentFor ?? null]),
    )
    let sent = 0
    for (const report of docs as FollowUpReport[]) {
      if (!report.deadline || sentFor.get(String(report.id)) === report.deadline) continue
      sent += await mailResponsibles(req, report, 'unassessed')
      await req.payload.db.updateOne({
        id: report.id,
        collection: slugs.followUpReports,
        data: { reminderSentFor: report.deadline },
        req,
        returning: false,
      })
    }
    req.payload.logger.info(`Follow-up reminders: ${sent} sent`)
    return { output: { sent } }
  }),
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 3,
  schedule: [{ cron: '0 0 7 * * *', queue: 'daily' }],
})
