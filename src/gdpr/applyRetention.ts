import type { TaskConfig } from 'payload'

import { FOLLOW_CONFIRM_DAYS } from '../lib/followRules'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { inOwnRequest } from '../lib/ownRequest'

/** Slug of the daily retention task. */
export const APPLY_RETENTION = 'applyRetention'

const daysAgo = (days: number, now: Date): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString()

const monthsAgo = (months: number, now: Date): string => {
  const d = new Date(now)
  d.setMonth(d.getMonth() - months)
  return d.toISOString()
}

/**
 * Daily: removes names and e-mail addresses from feedback older than the personal-data retention
 * period, and deletes feedback older than the record retention period (both in site settings),
 * and requests to follow by e-mail left unconfirmed for FOLLOW_CONFIRM_DAYS.
 * Logs counts only, never contents.
 */
export const applyRetentionTask: TaskConfig = {
  slug: APPLY_RETENTION,
  handler: inOwnRequest(async ({ req }) => {
    const now = new Date()
    const { slugs } = pluginOptionsOf(req.payload.config)
    const settings = await req.payload.findGlobal({ slug: slugs.siteSettings, depth: 0, req })
    const personalCutoff = monthsAgo(settings.retention?.personalDataMonths ?? 12, now)
    const recordCutoff = monthsAgo(settings.retention?.recordMonths ?? 24, now)
    const deleted = await req.payload.delete({
      collection: slugs.feedback,
      overrideAccess: true,
      req,
      where: { createdAt: { less_than: recordCutoff } },
    })
    const anonymised = await req.payload.update({
      collection: slugs.feedback,
      data: { email: null, name: null },
      overrideAccess: true,
      req,
      where: {
        and: [
          { createdAt: { less_than: personalCutoff } },
          { or: [{ email: { exists: true } }, { name: { exists: true } }] },
        ],
      },
    })
    // A request to follow that was never confirmed: its address goes after FOLLOW_CONFIRM_DAYS.
    const unconfirmed = await req.payload.delete({
      collection: slugs.subscriptions,
      overrideAccess: true,
      req,
      where: {
        and: [
          { confirmedAt: { exists: false } },
          { createdAt: { less_than: daysAgo(FOLLOW_CONFIRM_DAYS, now) } },
        ],
      },
    })
    const output = {
      anonymised: anonymised.docs.length,
      deleted: deleted.docs.length,
      unconfirmedFollows: unconfirmed.docs.length,
    }
    req.payload.logger.info(
      `Retention: removed name and e-mail from ${output.anonymised} feedback, deleted ${output.deleted} feedback and ${output.unconfirmedFollows} unconfirmed follow(s)`,
    )
    return { output }
  }),
  outputSchema: [
    { name: 'anonymised', type: 'number' },
    { name: 'deleted', type: 'number' },
    { name: 'unconfirmedFollows', type: 'number' },
  ],
  retries: 3,
  schedule: [{ cron: '0 30 2 * * *', queue: 'daily' }],
}
