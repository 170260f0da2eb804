import type { Payload, PayloadRequest, Where } from 'payload'

import pLimit from 'p-limit'
import { z } from 'zod'

import type { ResidentPost } from '../lib/formBody'
import type { Answer } from '../lib/webAnswer'
import type { FollowLocale } from './followWords'

import { residentPostOf } from '../endpoints/residentPost'
import { emailHash, normalizeEmail } from '../gdpr/dataSubject'
import { readResidentPost, wantsHtml } from '../lib/formBody'
import {
  FOLLOW_CONFIRM_DAYS,
  FOLLOW_PENDING_PER_ADDRESS,
  FOLLOW_RESEND_MINUTES,
} from '../lib/followRules'
import { EMAIL_MAX, HONEYPOT_FIELD } from '../lib/feedbackInput'
import { idFormatOf } from '../lib/idOf'
import { parsePlanYear } from '../lib/planYear'
import { followLimiterOf } from '../lib/rateLimiter'
import { takeTurns } from '../lib/takeTurns'
import { jsonAnswer, refusal } from '../lib/webAnswer'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage } from '../publicPage/cachedPage'
import { followPage } from './followPage'
import { confirmToken, confirmUrl, leaveToken, leaveUrl, sameToken } from './followTokens'
import { FOLLOW_WORDS } from './followWords'

/** Largest request to follow accepted (an address and a page). */
export const FOLLOW_MAX_BYTES = 4 * 1024

// Like feedback: a burst of posts is stored a few at a time (SQLite's calls block the loop).
const storing = pLimit(4)
// One address's requests take turns: two at once both found nothing stored and stored two rows
// (the digest then named the plan twice). Across server processes the rate limit and the hour
// between confirmations still hold, but two processes may each store one.
const perAddress = takeTurns()

const msg = (sv: string, en: string) => ({ message: `${sv} / ${en}` })

const followSchema = z.object({
  email: z
    .string(msg('Ange din e-postadress', 'Enter your e-mail address'))
    .trim()
    .max(EMAIL_MAX, msg(`Högst ${EMAIL_MAX} tecken`, `At most ${EMAIL_MAX} characters`))
    .pipe(
      z.email(
        msg(
          'Ange en giltig e-postadress, t.ex. namn@exempel.se',
          'Enter a valid e-mail address, e.g. name@example.com',
        ),
      ),
    ),
  goal: z
    .string(msg('Målet ska anges med sitt id', 'Name the goal by its id'))
    .regex(/^[A-Za-z0-9-]{0,40}$/, msg('Ogiltigt mål-id', 'Invalid goal id'))
    .optional()
    .transform((v) => v || undefined),
  locale: z
    .enum(['sv', 'en'], msg('Språket är sv eller en', 'The language is sv or en'))
    .optional(),
  page: z
    .string(
      msg('Ange sidan, t.ex. /mal-och-budget/2021', 'Name the page, e.g. /mal-och-budget/2021'),
    )
    .max(
      200,
      msg('Ange sidan, t.ex. /mal-och-budget/2021', 'Name the page, e.g. /mal-och-budget/2021'),
    ),
  [HONEYPOT_FIELD]: z.string().max(500).optional(),
})

type Follower = {
  confirmedAt?: null | string
  createdAt: string
  email: string
  emailHash: string
  goal?: null | string
  id: number | string
  locale?: FollowLocale | null
  plan: number | string | { id: number | string }
}

/** What a follower follows, in words: the plan's title, or the goal's and the plan's. */
const followedThing = async (
  payload: Payload,
  planId: number | string,
  goal: null | string | undefined,
  locale: FollowLocale,
) => {
  const { slugs } = pluginOptionsOf(payload.config)
  const plan = (await payload.findByID({
    collection: slugs.budgetPlans,
    depth: 0,
    disableErrors: true,
    id: planId,
    overrideAccess: true,
    select: { year: true },
  })) as null | { year?: number }
  const page = plan?.year ? (await cachedPage(payload, { year: plan.year }, locale))?.page : null
  if (!page) return null
  const words = FOLLOW_WORDS[locale]
  const goalTitle = goal ? page.goals.find((g) => g.id === goal)?.title : undefined
  return {
    path: page.path,
    text: goalTitle ? words.goal(goalTitle, page.title) : words.plan(page.title),
    title: page.title,
  }
}

/** Sends the confirmation e-mail of one request. The address never reaches a log. */
const sendConfirmation = async (payload: Payload, row: Follower, locale: FollowLocale) => {
  const words = FOLLOW_WORDS[locale]
  const thing = await followedThing(payload, idOf(row.plan), row.goal, locale)
  if (!thing) return
  try {
    await payload.sendEmail({
      subject: words.confirmMailSubject(thing.text),
      text: words.confirmMailBody(thing.text, confirmUrl(payload, row.id, row.emailHash)),
      to: row.email,
    })
  } catch (err) {
    payload.logger.error(
      `Follow: the confirmation e-mail could not be sent (${err instanceof Error ? err.name : 'error'})`,
    )
  }
}

const idOf = (ref: Follower['plan']) => (typeof ref === 'object' ? ref.id : ref)

/**
 * Stores a request to follow and sends its confirmation, unless that would help nobody: the
 * address follows it already, a confirmation went out within the hour, or the address has
 * FOLLOW_PENDING_PER_ADDRESS unconfirmed requests today (whoever typed it, nobody fills another
 * person's inbox). The answer is the same in every case: it tells nobody what an address follows.
 */
const request = async (
  payload: Payload,
  {
    email,
    goal,
    locale,
    planId,
  }: { email: string; goal?: string; locale: FollowLocale; planId: number | string },
) => {
  const hash = emailHash(payload, email)
  // The turn is taken before a storing slot: one address's burst waits in its own line and does
  // not hold the slots other addresses' requests need.
  await perAddress(hash, () =>
    storing(() => requestInTurn(payload, { email, goal, hash, locale, planId })),
  )
}

const requestInTurn = async (
  payload: Payload,
  {
    email,
    goal,
    hash,
    locale,
    planId,
  }: { email: string; goal?: string; hash: string; locale: FollowLocale; planId: number | string },
) => {
  const { slugs } = pluginOptionsOf(payload.config)
  const now = Date.now()
  const mine: Where = { emailHash: { equals: hash } }
  const { docs } = await payload.find({
    collection: slugs.subscriptions,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: mine,
  })
  const rows = docs as unknown as Follower[]
  const same = rows.find(
    (r) => String(idOf(r.plan)) === String(planId) && (r.goal ?? undefined) === goal,
  )
  if (same?.confirmedAt) return
  if (same && now - Date.parse(same.createdAt) < FOLLOW_RESEND_MINUTES * 60_000) return
  const pendingToday = rows.filter(
    (r) => !r.confirmedAt && now - Date.parse(r.createdAt) < 24 * 3600_000,
  ).length
  if (pendingToday >= FOLLOW_PENDING_PER_ADDRESS) return
  if (same)
    await payload.delete({ collection: slugs.subscriptions, id: same.id, overrideAccess: true })
  const settings = await payload.findGlobal({ slug: slugs.siteSettings, depth: 0 })
  const row = (await payload.create({
    collection: slugs.subscriptions,
    data: {
      email: normalizeEmail(email),
      emailHash: hash,
      goal: goal ?? null,
      locale,
      noticeVersion: (settings as { noticeVersion?: null | number }).noticeVersion ?? null,
      plan: planId,
    },
    depth: 0,
    overrideAccess: true,
  })) as unknown as Follower
  await sendConfirmation(payload, row, locale)
}

/**
 * `POST …/public/follow` (JSON or the page's form): `email`, `page` (`/mal-och-budget/2021`),
 * optionally `goal` (a goal's id on that page) and `locale`. 202 for every valid request — whether
 * the address follows it already is nobody's business; 400 with a message per field; 404 when the
 * plan or goal is not published; 413, 415; 429 with Retry-After over the rate limit (feedback's
 * limits, counted apart). A browser's form post without script gets a page instead of JSON.
 */
export const answerFollowPost = async (payload: Payload, post: ResidentPost): Promise<Answer> => {
  const read = await readResidentPost(post, FOLLOW_MAX_BYTES, {
    en: 'Send the request',
    sv: 'Skicka begäran',
  })
  if ('refusal' in read) return read.refusal
  const fields = read.input as Record<string, unknown>
  const locale: FollowLocale = fields.locale === 'en' ? 'en' : 'sv'
  const words = FOLLOW_WORDS[locale]
  const html = read.kind === 'form' && wantsHtml(post.accept)
  const options = pluginOptionsOf(payload.config)
  const backTo = (path: string) => ({
    href: `${locale === 'en' ? '/en' : ''}${path}`,
    label: words.back,
  })
  const refuse = (status: number, sv: string, en: string, headers?: Record<string, string>) =>
    html
      ? {
          ...followPage({
            back: backTo(
              typeof fields.page === 'string' && fields.page.startsWith(`${options.publicPath}/`)
                ? fields.page
                : options.publicPath,
            ),
            locale,
            status,
            text: locale === 'en' ? en : sv,
            title: locale === 'en' ? 'Not sent' : 'Inte skickat',
          }),
          headers: {
            ...headers,
            'Cache-Control': 'no-store',
            'Content-Language': locale,
            'Content-Type': 'text/html; charset=utf-8',
          },
        }
      : refusal(status, sv, en, headers)

  const verdict = await followLimiterOf(options).consume(post.clientKey)
  if (!verdict.allowed)
    return refuse(
      429,
      'För många försök på kort tid, försök igen senare',
      'Too many requests, try again later',
      {
        'Retry-After': String(verdict.retryAfterSeconds),
      },
    )
  const parsed = followSchema.safeParse(fields)
  if (!parsed.success) {
    const errors = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'form'), issue.message]),
    )
    if (html) {
      const first = Object.values(errors)[0] ?? ''
      const [sv, en = sv] = first.split(' / ')
      return refuse(400, sv, en)
    }
    return jsonAnswer(400, { errors })
  }
  const { email, goal, page } = parsed.data
  const year = page.startsWith(`${options.publicPath}/`)
    ? parsePlanYear(page.slice(options.publicPath.length + 1).replace(/\/$/, ''))
    : undefined
  const published = year === undefined ? null : await cachedPage(payload, { year }, 'sv')
  if (!published || (goal && !published.page.goals.some((g) => g.id === goal)))
    return refuse(
      404,
      'Sidan eller målet finns inte eller är inte publicerat',
      'The page or goal does not exist or is not published',
    )
  // A robot filled in the hidden field: it is told what a person is told, and nothing is stored.
  if (!parsed.data[HONEYPOT_FIELD]) {
    try {
      // The public page gives ids as text; the relationship wants the database's own.
      const planId =
        idFormatOf(payload) === 'number' ? Number(published.page.id) : published.page.id
      await request(payload, { email, goal, locale, planId })
    } catch (err) {
      payload.logger.error(
        `Follow: the request could not be stored (${err instanceof Error ? err.name : 'error'})`,
      )
      return refuse(
        503,
        'Begäran kunde inte sparas just nu, försök igen om en stund',
        'The request could not be stored right now, try again shortly',
        { 'Retry-After': '30' },
      )
    }
  }
  if (html)
    return followPage({
      back: backTo(published.page.path),
      locale,
      status: 202,
      text: words.sent,
      title: words.sentTitle,
    })
  return jsonAnswer(202, { message: `${FOLLOW_WORDS.sv.sent} / ${FOLLOW_WORDS.en.sent}` })
}

const linkRefused = (locale: FollowLocale, status: number, expired = false) =>
  followPage({
    locale,
    status,
    text: expired
      ? FOLLOW_WORDS[locale].confirmExpired
      : locale === 'en'
        ? 'The link is not valid: copy the whole link from the e-mail.'
        : 'Länken är inte giltig: kopiera hela länken från mejlet.',
    title: locale === 'en' ? 'The link does not work' : 'Länken fungerar inte',
  })

/** The id and token of a confirmation link, from its query or the page's form. */
const linkFields = async (req: PayloadRequest) => {
  const query = req.searchParams ?? new URLSearchParams()
  let id = query.get('id')
  let token = query.get('token')
  if (req.method === 'POST' && (!id || !token)) {
    const read = await readResidentPost(residentPostOf(req), 1024, {
      en: 'Send the form',
      sv: 'Skicka formuläret',
    })
    if ('input' in read) {
      const form = read.input as Record<string, unknown>
      id = typeof form.id === 'string' ? form.id : id
      token = typeof form.token === 'string' ? form.token : token
    }
  }
  return { id, token }
}

/**
 * `GET …/public/follow/confirm?id&token` shows what is to be followed and a button; the button's
 * `POST` confirms (a link scanner opening the e-mail's link confirms nothing). 404 for a link that
 * is not one, 410 for one older than FOLLOW_CONFIRM_DAYS.
 */
export const answerFollowConfirm = async (req: PayloadRequest): Promise<Answer> => {
  const { payload } = req
  const { slugs } = pluginOptionsOf(payload.config)
  const { id, token } = await linkFields(req)
  if (!id || !/^[A-Za-z0-9-]{1,40}$/.test(id)) return linkRefused('sv', 404)
  const row = (await payload.findByID({
    collection: slugs.subscriptions,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })) as Follower | null
  if (!row || !sameToken(token, confirmToken(payload, row.id, row.emailHash)))
    return linkRefused('sv', 404)
  const locale: FollowLocale = row.locale === 'en' ? 'en' : 'sv'
  const words = FOLLOW_WORDS[locale]
  if (!row.confirmedAt && Date.now() - Date.parse(row.createdAt) > FOLLOW_CONFIRM_DAYS * 86_400_000)
    return linkRefused(locale, 410, true)
  const thing = await followedThing(payload, idOf(row.plan), row.goal, locale)
  if (!thing) return linkRefused(locale, 404)
  const back = { href: `${locale === 'en' ? '/en' : ''}${thing.path}`, label: words.back }
  if (req.method !== 'POST' && !row.confirmedAt)
    return followPage({
      back,
      form: {
        action: `${payload.config.routes.api}/public/follow/confirm`,
        button: words.confirmButton,
        fields: { id: String(row.id), token: String(token) },
      },
      locale,
      status: 200,
      text: words.confirmQuestion(thing.text),
      title: words.confirmTitle,
    })
  if (!row.confirmedAt)
    await payload.update({
      collection: slugs.subscriptions,
      data: { confirmedAt: new Date().toISOString() },
      depth: 0,
      id: row.id,
      overrideAccess: true,
    })
  return followPage({
    back,
    leave: { href: leaveUrl(payload, row.emailHash, locale), label: words.leaveLink },
    locale,
    status: 200,
    text: words.confirmed(thing.text),
    title: words.confirmedTitle,
  })
}

/**
 * `GET …/public/follow/unsubscribe?address&token` shows a button; `POST` to the same address
 * (the button, or a mail client's RFC 8058 one-click `List-Unsubscribe=One-Click`) deletes every
 * follow of the address at once. Answers the same when there is nothing left to delete; 404 for a
 * link that is not one.
 */
export const answerFollowLeave = async (req: PayloadRequest): Promise<Answer> => {
  const { payload } = req
  const { slugs } = pluginOptionsOf(payload.config)
  const query = req.searchParams ?? new URLSearchParams()
  const address = query.get('address') ?? ''
  const token = query.get('token')
  const locale: FollowLocale = query.get('locale') === 'en' ? 'en' : 'sv'
  const words = FOLLOW_WORDS[locale]
  if (!/^[0-9a-f]{64}$/.test(address) || !sameToken(token, leaveToken(payload, address)))
    return linkRefused(locale, 404)
  if (req.method !== 'POST')
    return followPage({
      form: {
        action: `${payload.config.routes.api}/public/follow/unsubscribe?${query}`,
        button: words.leaveButton,
        fields: { 'List-Unsubscribe': 'One-Click' },
      },
      locale,
      status: 200,
      text: words.leaveQuestion,
      title: words.leaveTitle,
    })
  await payload.delete({
    collection: slugs.subscriptions,
    overrideAccess: true,
    where: { emailHash: { equals: address } },
  })
  return followPage({ locale, status: 200, text: words.left, title: words.leftTitle })
}
