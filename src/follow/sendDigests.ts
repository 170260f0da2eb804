import type { Payload, TaskConfig } from 'payload'

import type { PublicChange } from '../shape/publicPageShape'
import type { FollowLocale } from './followWords'

import { FOLLOW_DIGEST_GAP_HOURS } from '../lib/followRules'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage } from '../publicPage/cachedPage'
import { leaveUrl } from './followTokens'
import { FOLLOW_WORDS } from './followWords'
import { inOwnRequest } from '../lib/ownRequest'

/** Slug of the daily task that e-mails followers the day's published changes. */
export const SEND_FOLLOW_DIGESTS = 'sendFollowDigests'

type Row = {
  confirmedAt: string
  email: string
  emailHash: string
  goal?: null | string
  id: number | string
  lastSentAt?: null | string
  locale?: FollowLocale | null
  plan: number | string
}
type Record_ = {
  changes?: null | PublicChange[]
  goalChanges?: null | Record<string, PublicChange[]>
  plan: number | string
  publishedAt: string
  year: number
}

/** One e-mail's section: what is followed, and its changes since the follower last heard. */
const sectionOf = async (payload: Payload, row: Row, records: Record_[], locale: FollowLocale) => {
  const since = Date.parse(row.lastSentAt ?? row.confirmedAt)
  const mine = records.filter(
    (r) => String(r.plan) === String(row.plan) && Date.parse(r.publishedAt) > since,
  )
  const changes = mine
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt))
    .flatMap((r) => (row.goal ? (r.goalChanges?.[row.goal] ?? []) : (r.changes ?? [])))
  if (changes.length === 0) return null
  const page = (await cachedPage(payload, { year: mine[0].year }, locale))?.page
  if (!page) return null
  const words = FOLLOW_WORDS[locale]
  const goal = row.goal ? page.goals.find((g) => g.id === row.goal) : undefined
  if (row.goal && !goal) return null
  const { serverUrl } = pluginOptionsOf(payload.config)
  return (
    `${goal ? words.goal(goal.title, page.title) : page.title}\n` +
    changes.map((c) => `- ${c.text}`).join('\n') +
    `\n${words.readMore} ${serverUrl}${locale === 'en' ? '/en' : ''}${page.path}\n`
  )
}

/**
 * Sends each confirmed follower one e-mail with the changes published since the last one (or
 * since confirming), when there are any: at most one a day per address (FOLLOW_DIGEST_GAP_HOURS),
 * all that address follows together, with a one-click unsubscribe (RFC 8058). Logs counts only.
 */
export const sendFollowDigests = async (payload: Payload, now = new Date()): Promise<number> => {
  const { slugs } = pluginOptionsOf(payload.config)
  const { docs } = await payload.find({
    collection: slugs.subscriptions,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { confirmedAt: { exists: true } },
  })
  // A follow of a plan since deleted has nothing more to send.
  const rows = (docs as unknown as Row[]).filter((r) => r.plan !== null && r.plan !== undefined)
  if (rows.length === 0) return 0
  const earliest = rows.reduce(
    (min, r) => Math.min(min, Date.parse(r.lastSentAt ?? r.confirmedAt)),
    Infinity,
  )
  const records = (
    await payload.find({
      collection: slugs.pagePublications,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { changes: true, goalChanges: true, plan: true, publishedAt: true, year: true },
      where: {
        and: [
          { plan: { in: [...new Set(rows.map((r) => r.plan))] } },
          { publishedAt: { greater_than: new Date(earliest).toISOString() } },
        ],
      },
    })
  ).docs as unknown as Record_[]
  const byAddress = new Map<string, Row[]>()
  for (const row of rows)
    byAddress.set(row.emailHash, [...(byAddress.get(row.emailHash) ?? []), row])
  let sent = 0
  for (const [hash, mine] of byAddress) {
    const last = Math.max(...mine.map((r) => (r.lastSentAt ? Date.parse(r.lastSentAt) : 0)))
    if (now.getTime() - last < FOLLOW_DIGEST_GAP_HOURS * 3600_000) continue
    const locale: FollowLocale = mine[0].locale === 'en' ? 'en' : 'sv'
    const sections = (
      await Promise.all(mine.map((row) => sectionOf(payload, row, records, locale)))
    ).filter((s): s is string => s !== null)
    if (sections.length === 0) continue
    const words = FOLLOW_WORDS[locale]
    const leave = leaveUrl(payload, hash, locale)
    const firstTitle = sections[0].split('\n')[0]
    try {
      await payload.sendEmail({
        headers: {
          'List-Unsubscribe': `<${leave}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
        subject: words.digestSubject(firstTitle),
        text: `${sections.join('\n')}\n${words.digestFooter(leave)}`,
        to: mine[0].email,
      })
    } catch (err) {
      payload.logger.error(
        `Follow: a digest could not be sent (${err instanceof Error ? err.name : 'error'})`,
      )
      continue
    }
    await payload.update({
      collection: slugs.subscriptions,
      data: { lastSentAt: now.toISOString() },
      overrideAccess: true,
      where: { id: { in: mine.map((r) => r.id) } },
    })
    sent++
  }
  payload.logger.info(`Follow: sent ${sent} digest e-mail(s)`)
  return sent
}

/** Daily at 17:00 UTC (evening in Sweden): the day's published changes to each follower. */
export const sendFollowDigestsTask: TaskConfig = {
  slug: SEND_FOLLOW_DIGESTS,
  handler: inOwnRequest(async ({ req }) => ({
    output: { sent: await sendFollowDigests(req.payload) },
  })),
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '0 0 17 * * *', queue: 'daily' }],
}
