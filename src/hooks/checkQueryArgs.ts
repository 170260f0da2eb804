import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  FlattenedField,
  PayloadRequest,
  Where,
} from 'payload'

import { APIError, NotFound } from 'payload'

import { checkConditionValue, type IdFormat, isIdLike, valuesOf } from '../lib/checkConditionValue'
import { idFormatOf } from '../lib/idOf'
import { type Condition, joinBehindRelationship, mapWhere, WhereError } from '../lib/mapWhere'

/** Highest page number accepted. */
export const MAX_PAGE = 100_000
/** Largest page size accepted (0 means all, as Payload reads it). */
export const MAX_LIMIT = 10_000

const ID_OPERATORS = new Set(['all', 'contains', 'equals', 'in', 'not_equals', 'not_in'])

const badRequest = (sv: string, en: string) => new APIError(`${sv} / ${en}`, 400, undefined, true)

const relationTargets = (condition: Condition): CollectionSlug[] => {
  const { field } = condition
  if (!field || field === 'id' || !ID_OPERATORS.has(condition.operator)) return []
  if (field.type !== 'relationship' && field.type !== 'upload') return []
  return Array.isArray(field.relationTo) ? [] : [field.relationTo]
}

/**
 * A reader who may not read every document of a collection with drafts (an anonymous resident)
 * must not learn from a filter on a relationship that a draft exists: `where[goals][in]=<id of a
 * draft>` would otherwise answer differently from an id that does not exist. Ids the reader
 * cannot read are replaced by one that matches nothing.
 */
const hideUnreadableIds = async (
  where: Where,
  fields: readonly FlattenedField[],
  req: PayloadRequest,
  ids: IdFormat,
): Promise<Where> => {
  const asked = new Map<CollectionSlug, Set<string>>()
  mapWhere(where, fields, (condition) => {
    for (const slug of relationTargets(condition)) {
      const set = asked.get(slug) ?? new Set<string>()
      for (const v of valuesOf(condition.operator, condition.value))
        if (isIdLike(v, ids)) set.add(String(v))
      asked.set(slug, set)
    }
    return condition.value
  })
  const readable = new Map<CollectionSlug, Set<string>>()
  for (const [slug, wanted] of asked) {
    const collection = req.payload.collections[slug]?.config
    if (!collection?.versions?.drafts || wanted.size === 0) continue
    const access = await collection.access.read({ req })
    if (access === true) continue
    const { docs } = access
      ? await req.payload.find({
          collection: slug,
          depth: 0,
          limit: wanted.size,
          overrideAccess: true,
          pagination: false,
          req,
          select: {},
          where: { and: [{ id: { in: [...wanted] } }, access] },
        })
      : { docs: [] }
    readable.set(slug, new Set(docs.map((doc) => String(doc.id))))
  }
  if (readable.size === 0) return where
  const nothing = ids === 'number' ? -1 : ids === 'objectId' ? '000000000000000000000000' : '-'
  return mapWhere(where, fields, (condition) => {
    const [slug] = relationTargets(condition)
    const allowed = slug ? readable.get(slug) : undefined
    if (!allowed) return condition.value
    const hide = (v: unknown) => (isIdLike(v, ids) && !allowed.has(String(v)) ? nothing : v)
    return ['all', 'in', 'not_in'].includes(condition.operator)
      ? valuesOf(condition.operator, condition.value).map(hide)
      : hide(condition.value)
  })
}

/**
 * Before every collection operation: the arguments a request may carry — filter, page, page size,
 * document id — are checked so that malformed input is a 400 (or 404 for an id that cannot
 * exist) with a message, never a failing database query; and a filter cannot reveal documents
 * the reader may not read.
 */
const checkQueryShape: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const ids = idFormatOf(req.payload)
  if ('page' in args && args.page !== undefined && args.page !== null) {
    if (!Number.isSafeInteger(args.page) || args.page < 1 || args.page > MAX_PAGE) {
      throw badRequest(
        `page ska vara ett heltal 1–${MAX_PAGE}`,
        `page must be a whole number 1–${MAX_PAGE}`,
      )
    }
  }
  if ('limit' in args && args.limit !== undefined && args.limit !== null) {
    if (!Number.isSafeInteger(args.limit) || args.limit < 0 || args.limit > MAX_LIMIT) {
      throw badRequest(
        `limit ska vara ett heltal 0–${MAX_LIMIT}`,
        `limit must be a whole number 0–${MAX_LIMIT}`,
      )
    }
  }
  if ('data' in args && (operation === 'create' || operation === 'update')) {
    const { data } = args as { data: unknown }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      throw badRequest(
        'Innehållet ska vara ett JSON-objekt, t.ex. {"title": "…"}',
        'The body must be a JSON object, e.g. {"title": "…"}',
      )
  }
  if ('id' in args && args.id !== undefined && !isIdLike(args.id, ids)) throw new NotFound(req.t)
  // A duplicate names the document it copies.
  if (
    'duplicateFromID' in args &&
    args.duplicateFromID !== undefined &&
    !isIdLike(args.duplicateFromID, ids)
  )
    throw new NotFound(req.t)
  if (!('where' in args) || args.where === undefined || args.where === null) return args
  try {
    const dialect = { allOperator: req.payload.db.name === 'mongoose', ids }
    const fieldsOf = (slug: string) =>
      req.payload.collections[slug as CollectionSlug]?.config.flattenedFields
    const checked = mapWhere(args.where, collection.flattenedFields, (condition) => {
      if (joinBehindRelationship(collection.flattenedFields, condition.path, fieldsOf))
        throw new WhereError(
          `${condition.path} går genom en relation till en koppling (join), som inte kan användas i ett filter; filtrera på den andra samlingen i stället`,
          `${condition.path} goes through a relationship into a join, which cannot be filtered on; filter the other collection instead`,
        )
      checkConditionValue(condition, dialect)
      return condition.value
    })
    const where = args.overrideAccess
      ? checked
      : await hideUnreadableIds(checked, collection.flattenedFields, req, ids)
    return { ...args, where }
  } catch (error) {
    if (error instanceof WhereError) throw new APIError(error.message, 400, undefined, true)
    throw error
  }
}

/**
 * Before every operation: the query's shape (page, limit, body, ids, where) as above — and an
 * anonymous reader (no user; the admin's own reads always have one) reads what is published, whatever `draft` asks: `?draft=true` would read
 * each document's latest version and, the access rule keeping drafts out, drop every document an
 * editor is working on (a list that thins while the staff work; never a draft, but not the page).
 */
export const checkQueryArgs: CollectionBeforeOperationHook = (hook) => {
  const { args, operation, req } = hook
  const asPublic =
    operation === 'read' && args.draft === true && args.overrideAccess !== true && !req.user
  return checkQueryShape(asPublic ? { ...hook, args: { ...args, draft: false } } : hook)
}
