import type { TaskConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { pageRecipients } from '../email/pageRecipients'
import { inOwnRequest } from '../lib/ownRequest'

/** Slug of the daily review-reminder task. */
export const SEND_REVIEW_REMINDERS = 'sendReviewReminders'

/**
 * Daily: e-mails the page owner (or, with no owner, the admins) of every published plan whose
 * "granskas senast" date has passed, once per date: the date a reminder was sent for is stored.
 */
export const sendReviewRemindersTask = ({ serverUrl, slugs }: SanitizedOptions): TaskConfig => ({
  slug: SEND_REVIEW_REMINDERS,
  handler: inOwnRequest(async ({ req }) => {
    const now = new Date().toISOString()
    const { docs } = await req.payload.find({
      collection: slugs.budgetPlans,
      depth: 1,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [{ _status: { equals: 'published' } }, { reviewBy: { less_than_equal: now } }],
      },
    })
    let sent = 0
    for (const plan of docs) {
      if (!plan.reviewBy || plan.reviewReminderSentFor === plan.reviewBy) continue
      const to = await pageRecipients(req, plan.pageOwner)
      if (to.length === 0) continue
      const link = `${serverUrl}${req.payload.config.routes.admin}/collections/${slugs.budgetPlans}/${plan.id}`
      await req.payload.sendEmail({
        subject: `Dags att granska sidan "${plan.title}" / Time to review the page`,
        text:
          `Sidan "${plan.title}" skulle granskas senast ${plan.reviewBy.slice(0, 10)}.\n` +
          `Kontrollera att innehållet stämmer och publicera sidan igen:\n${link}\n\n` +
          `The page "${plan.title}" was due for review on ${plan.reviewBy.slice(0, 10)}. Check it and publish it again: ${link}\n`,
        to,
      })
      await req.payload.db.updateOne({
        id: plan.id,
        collection: slugs.budgetPlans,
        data: { reviewReminderSentFor: plan.reviewBy },
        req,
        returning: false,
      })
      sent += 1
    }
    req.payload.logger.info(`Review reminders: ${sent} sent`)
    return { output: { sent } }
  }),
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 3,
  schedule: [{ cron: '0 0 7 * * *', queue: 'daily' }],
})
