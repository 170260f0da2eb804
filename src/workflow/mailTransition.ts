import type { PayloadRequest } from 'payload'

import type { ReviewedSlug } from './reviewedCollections'

import { pageRecipients } from '../email/pageRecipients'
import { idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { reviewStateLabel } from './reviewActions'
import { titleOf } from './titleOf'

type Transition = {
  collection: ReviewedSlug
  comment: string | undefined
  doc: { id: number | string; plan?: unknown; title?: null | string }
  from: string
  log: { by?: unknown; to?: null | string }[]
  publishAt: string | undefined
  to: string
}

const emailOf = async (req: PayloadRequest, user: unknown): Promise<string | undefined> => {
  const id = idOf(user)
  if (id === undefined) return undefined
  const { docs } = await req.payload.find({
    collection: pluginOptionsOf(req.payload.config).slugs.users,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { id: { equals: id } },
  })
  return docs[0]?.email
}

/** The reviewers' addresses (the admins' when there is no reviewer), but the sender's. */
const reviewersOf = async (req: PayloadRequest): Promise<string[]> => {
  const find = (role: string) =>
    req.payload.find({
      collection: pluginOptionsOf(req.payload.config).slugs.users,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ roles: { contains: role } }, { id: { not_equals: req.user?.id ?? -1 } }] },
    })
  const reviewers = (await find('reviewer')).docs
  return (reviewers.length ? reviewers : (await find('admin')).docs).map((u) => u.email)
}

/**
 * One e-mail per transition, each address once: a submission goes to the reviewers (the admins
 * when there are none) and the page owner; every other step to whoever submitted the document and
 * the page owner of its plan (or the admins). The text names the document, the step, the comment
 * and a link into the admin; no personal data of residents is in it.
 */
export const mailTransition = async (req: PayloadRequest, t: Transition): Promise<void> => {
  const { serverUrl, slugs } = pluginOptionsOf(req.payload.config)
  const planId = t.collection === slugs.budgetPlans ? t.doc.id : idOf(t.doc.plan)
  const plan =
    planId === undefined
      ? undefined
      : (
          await req.payload.find({
            collection: slugs.budgetPlans,
            depth: 1,
            limit: 1,
            overrideAccess: true,
            req,
            where: { id: { equals: planId } },
          })
        ).docs[0]
  const submitter = [...t.log].reverse().find((e) => e.to === 'in_review')
  const to = [
    ...new Set([
      ...(await pageRecipients(req, plan?.pageOwner)),
      ...(t.to === 'in_review'
        ? await reviewersOf(req)
        : [await emailOf(req, submitter?.by)].filter((e): e is string => Boolean(e))),
    ]),
  ]
  if (to.length === 0) return
  const title = titleOf(t.doc)
  const [from, next] = [reviewStateLabel(t.from), reviewStateLabel(t.to)].map((s) =>
    s.toLowerCase(),
  )
  await req.payload.sendEmail({
    subject: `Granskning: "${title}" är nu ${next}`,
    text:
      `"${title}" gick från ${from} till ${next}` +
      `${t.publishAt ? ` (publiceras ${t.publishAt})` : ''}.\n` +
      `${t.comment ? `Kommentar: ${t.comment}\n` : ''}` +
      `${serverUrl}${req.payload.config.routes.admin}/collections/${t.collection}/${t.doc.id}\n`,
    to,
  })
}
