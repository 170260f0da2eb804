import type { CollectionSlug, PayloadRequest } from 'payload'

import { createHash } from 'node:crypto'

import type { ReviewedSlug } from './reviewedCollections'

import { type DocumentId, idOf } from '../lib/idOf'

/**
 * Fields that are the review's or the page's bookkeeping, not content a reviewer approves: a
 * version's hash leaves them out, so moving through the workflow never changes it.
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  '_status',
  'createdAt',
  'id',
  'pageUpdatedAt',
  'publishedAt',
  'publishedBy',
  'reviewBy',
  'reviewLog',
  'reviewPin',
  'reviewReminderSentFor',
  'reviewState',
  'scheduledPublish',
  'updatedAt',
])

// Keys sorted at every level, so the same content always reads the same.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value ?? null
}

/** The sha256 of a document's content (every locale), bookkeeping left out. */
export const contentHashOf = (version: Record<string, unknown>): string =>
  createHash('sha256')
    .update(
      JSON.stringify(
        canonical(
          Object.fromEntries(
            Object.entries(version).filter(([key]) => !BOOKKEEPING_FIELDS.has(key)),
          ),
        ),
      ),
    )
    .digest('hex')

/** One stored version of a reviewed document, named by its version id and content hash. */
export type PinnedVersion = {
  collection: ReviewedSlug
  hash: string
  id: DocumentId
  version: DocumentId
}

/**
 * The newest stored version of a document — the draft an editor sees — with every locale, read
 * from the database as Payload keeps it; undefined when there is none.
 */
export const latestVersionOf = async (
  req: PayloadRequest,
  collection: ReviewedSlug,
  id: DocumentId,
): Promise<PinnedVersion | undefined> => {
  const { docs } = await req.payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
  })
  const row = docs[0]
  if (!row) return undefined
  return {
    collection,
    hash: contentHashOf(row.version as Record<string, unknown>),
    id,
    version: row.id,
  }
}

/**
 * The newest `count` stored versions of a document, whatever their `latest` flag, newest first —
 * each with its status, for what a step must keep as the draft after publishing.
 */
export const newestVersionsOf = async (
  req: PayloadRequest,
  collection: ReviewedSlug,
  id: DocumentId,
  count: number,
): Promise<(PinnedVersion & { status: unknown })[]> => {
  const { docs } = await req.payload.db.findVersions({
    collection: collection as CollectionSlug,
    limit: count,
    locale: 'all',
    pagination: false,
    req,
    sort: ['-updatedAt', '-id'],
    where: { parent: { equals: id } },
  })
  return docs.map((row) => {
    const version = row.version as Record<string, unknown>
    return {
      collection,
      hash: contentHashOf(version),
      id,
      status: version._status,
      version: row.id,
    }
  })
}

/** A version by its id, if it is still kept and still belongs to the document. */
export const storedVersionOf = async (
  req: PayloadRequest,
  pinned: PinnedVersion,
): Promise<PinnedVersion | undefined> => {
  const { docs } = await req.payload.db.findVersions({
    collection: pinned.collection as CollectionSlug,
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
    where: { id: { equals: pinned.version } },
  })
  const row = docs[0]
  if (!row || String(idOf(row.parent)) !== String(pinned.id)) return undefined
  return { ...pinned, hash: contentHashOf(row.version as Record<string, unknown>) }
}
