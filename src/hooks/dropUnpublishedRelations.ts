import type { CollectionAfterReadHook, CollectionSlug } from 'payload'

import { isStaff } from '../access/isStaff'
import { isDocumentId as isID } from '../lib/idOf'
import { SKIP_RELATION_FILTER } from './contextKeys'

/** A relationship or upload field (dot path for fields in groups) and what it points at. */
export type RelationRef = { path: string; relationTo: CollectionSlug }

const getAt = (doc: Record<string, unknown>, path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    doc,
  )

const setAt = (
  doc: Record<string, unknown>,
  path: string[],
  value: unknown,
): Record<string, unknown> => {
  const [head, ...rest] = path
  if (rest.length === 0) return { ...doc, [head]: value }
  const child = doc[head]
  if (!child || typeof child !== 'object') return doc
  return { ...doc, [head]: setAt(child as Record<string, unknown>, rest, value) }
}

/**
 * For readers who are not staff: removes relationship values that point at documents they may not
 * read (drafts, unpublished). Payload leaves such values as bare ids where it could not populate
 * them; those ids are checked against what is published and dropped unless published.
 */
export const dropUnpublishedRelations =
  (relations: readonly RelationRef[]): CollectionAfterReadHook =>
  async ({ doc, req }) => {
    if (isStaff({ req }) || req.context[SKIP_RELATION_FILTER]) return doc
    let result = doc as Record<string, unknown>
    for (const { path, relationTo } of relations) {
      const keys = path.split('.')
      const value = getAt(result, keys)
      const values = Array.isArray(value) ? value : [value]
      const ids = values.filter(isID)
      if (ids.length === 0) continue
      // Under this request only inside its transaction (what it wrote is not committed yet): each
      // Local API call made with `req` wraps it in one more layer of proxies, and a list's hooks
      // nested so deep that twenty lists of initiatives spent 500 ms of one turn of the loop
      // reading properties through them. Only ids are read here, and nothing of theirs needs
      // filtering.
      const { docs } = await req.payload.find({
        collection: relationTo,
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        pagination: false,
        ...(req.transactionID ? { req } : { context: { [SKIP_RELATION_FILTER]: true } }),
        select: {},
        where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      })
      const published = new Set(docs.map((d) => String(d.id)))
      const keep = (v: unknown): boolean => !isID(v) || published.has(String(v))
      result = setAt(
        result,
        keys,
        Array.isArray(value) ? value.filter(keep) : keep(value) ? value : null,
      )
    }
    return result
  }
