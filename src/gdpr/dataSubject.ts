import type { Payload, PayloadRequest } from 'payload'

import { createHmac } from 'node:crypto'

import type { Feedback, User } from '../types'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** How a request was made. */
export type RequestOrigin = { user?: null | User['id']; via: 'api' | 'cli' }

/** E-mail addresses are compared trimmed and in lower case, as they are stored. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase()

/** A keyed hash of an address: recognisable with the server's secret, unreadable without it. */
export const emailHash = (payload: Payload, email: string): string =>
  createHmac('sha256', payload.secret).update(normalizeEmail(email)).digest('hex')

const findByEmail = async (
  payload: Payload,
  email: string,
  req?: PayloadRequest,
): Promise<Feedback[]> => {
  const { docs } = await payload.find({
    collection: pluginOptionsOf(payload.config).slugs.feedback,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { email: { equals: normalizeEmail(email) } },
  })
  return docs as Feedback[]
}

const record = async (
  payload: Payload,
  action: 'erase' | 'export',
  email: string,
  count: number,
  origin: RequestOrigin,
) => {
  await payload.create({
    collection: pluginOptionsOf(payload.config).slugs.gdprRequests,
    data: {
      action,
      count,
      emailHash: emailHash(payload, email),
      performedBy: origin.user ?? null,
      via: origin.via,
    },
    overrideAccess: true,
  })
}

type Subscription = {
  confirmedAt?: null | string
  createdAt: string
  email: string
  goal?: null | string
  id: number | string
  lastSentAt?: null | string
  locale?: null | string
  noticeVersion?: null | number
  plan: number | string
}

// Follows by e-mail are found by the address's keyed hash, as their unsubscribe links find them.
const subscriptionsOf = async (payload: Payload, email: string): Promise<Subscription[]> => {
  const { docs } = await payload.find({
    collection: pluginOptionsOf(payload.config).slugs.subscriptions,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { emailHash: { equals: emailHash(payload, email) } },
  })
  return docs as unknown as Subscription[]
}

/** Everything stored about one e-mail address (article 15), and a record that it was handed out. */
export const exportPersonalData = async (
  payload: Payload,
  email: string,
  origin: RequestOrigin,
) => {
  const docs = await findByEmail(payload, email)
  const follows = await subscriptionsOf(payload, email)
  await record(payload, 'export', email, docs.length + follows.length, origin)
  return {
    count: docs.length + follows.length,
    email: normalizeEmail(email),
    exportedAt: new Date().toISOString(),
    feedback: docs.map((d) => ({
      createdAt: d.createdAt,
      email: d.email,
      id: d.id,
      message: d.message,
      name: d.name,
      noticeVersion: d.noticeVersion,
      page: d.page,
      pagePath: d.pagePath,
      status: d.status,
    })),
    subscriptions: follows.map((f) => ({
      confirmedAt: f.confirmedAt ?? null,
      createdAt: f.createdAt,
      email: f.email,
      goal: f.goal ?? null,
      id: f.id,
      lastSentAt: f.lastSentAt ?? null,
      locale: f.locale ?? null,
      noticeVersion: f.noticeVersion ?? null,
      plan: f.plan,
    })),
  }
}

/**
 * Deletes every feedback document and every follow by e-mail with the address (article 17), and
 * records that it was done.
 */
export const erasePersonalData = async (payload: Payload, email: string, origin: RequestOrigin) => {
  const docs = await findByEmail(payload, email)
  const follows = await subscriptionsOf(payload, email)
  if (follows.length > 0) {
    await payload.delete({
      collection: pluginOptionsOf(payload.config).slugs.subscriptions,
      overrideAccess: true,
      where: { id: { in: follows.map((f) => f.id) } },
    })
  }
  if (docs.length > 0) {
    await payload.delete({
      collection: pluginOptionsOf(payload.config).slugs.feedback,
      overrideAccess: true,
      where: { id: { in: docs.map((d) => d.id) } },
    })
  }
  await record(payload, 'erase', email, docs.length + follows.length, origin)
  return { count: docs.length + follows.length, erasedAt: new Date().toISOString() }
}
