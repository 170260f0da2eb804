import type { PayloadRequest } from 'payload'

import type { ReviewedKey } from './reviewedCollections'
import type { ReviewState } from './workflowFields'

import { type DocumentId, idOf } from '../lib/idOf'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { REVIEWED_KEYS } from './reviewedCollections'
import { titleOf } from './titleOf'

/** One document waiting in the review queue. */
export type QueuedDocument = {
  collection: string
  /** The comment of the step that put it here (the submitter's message, the reviewer's reason). */
  comment: null | string
  id: number | string
  key: ReviewedKey
  /** Who took that step: their name, or their e-mail address when the account has no name. */
  movedBy: null | string
  /** When that step was taken. */
  movedAt: null | string
  title: string
}

/**
 * The documents in a review state — "För granskning" for reviewers, "Återskickad" for editors —
 * across every reviewed collection, oldest step first. Reads the latest drafts as staff see them.
 */
export const reviewQueue = async (
  req: PayloadRequest,
  state: Extract<ReviewState, 'in_review' | 'returned'>,
): Promise<QueuedDocument[]> => {
  const { slugs } = pluginOptionsOf(req.payload.config)
  const found = await Promise.all(
    REVIEWED_KEYS.map(async (key) => {
      const { docs } = await req.payload.find({
        collection: slugs[key],
        depth: 0,
        draft: true,
        limit: 200,
        overrideAccess: true,
        req,
        where: { reviewState: { equals: state } },
      })
      return docs.map((doc) => {
        const step = [...(doc.reviewLog ?? [])].reverse().find((e) => e.to === state)
        return {
          by: idOf(step?.by),
          collection: slugs[key],
          comment: step?.comment ?? null,
          id: doc.id,
          key,
          movedAt: step?.at ?? null,
          title: titleOf(doc),
        }
      })
    }),
  )
  const items = found.flat()
  const ids = [...new Set(items.map((i) => i.by).filter((id) => id !== undefined))]
  const { docs: users } = ids.length
    ? await req.payload.find({
        collection: slugs.users,
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        req,
        where: { id: { in: ids } },
      })
    : { docs: [] }
  // A colleague is known by name; the address stands in when the account has none.
  const nameOf = new Map<DocumentId, string>(
    users.map((u) => {
      const name: unknown = (u as { name?: unknown }).name
      return [u.id, typeof name === 'string' && name.trim() ? name.trim() : u.email]
    }),
  )
  return items
    .map(({ by, ...item }) => ({ ...item, movedBy: (by !== undefined && nameOf.get(by)) || null }))
    .sort((a, b) => (a.movedAt ?? '').localeCompare(b.movedAt ?? ''))
}
