import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { publicChangeOf } from './publicChangeOf'
import { PUBLIC_STATE } from '../contextKeys'
import { stampPlans } from './stampPlans'

type Stored = Record<string, unknown> & TypeWithID

/** Which plans show a document (its own id for a plan, its `plan` for a goal…). */
export type PlansShowing = (req: PayloadRequest, doc: Stored) => Promise<(number | string)[]>

const stateKey = (slug: string, id: number | string): string => `${slug}:${id}`

const readStored = (
  req: PayloadRequest,
  slug: CollectionSlug,
  id: number | string,
): Promise<null | Stored> =>
  req.payload.db.findOne<Stored>({
    collection: slug,
    locale: 'all',
    req,
    where: { id: { equals: id } },
  })

const states = (req: PayloadRequest): Map<string, null | Stored> => {
  const existing = req.context[PUBLIC_STATE]
  if (existing instanceof Map) return existing as Map<string, null | Stored>
  const created = new Map<string, null | Stored>()
  req.context[PUBLIC_STATE] = created
  return created
}

/** Before a save: remembers the stored (public) state of the document, to compare after it. */
export const rememberPublicState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc) {
    states(req).set(
      stateKey(collection.slug, originalDoc.id),
      await readStored(req, collection.slug as CollectionSlug, originalDoc.id),
    )
  }
  return data
}

/**
 * Before a save, after {@link rememberPublicState}: carries over fields that are written straight
 * to the stored document (by stamps and jobs), so a save from an older version cannot undo them.
 */
export const keepStoredFields =
  (names: readonly string[]): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc) return data
    const stored = states(req).get(stateKey(collection.slug, originalDoc.id))
    if (!stored) return data
    return { ...data, ...Object.fromEntries(names.map((name) => [name, stored[name] ?? null])) }
  }

/**
 * After a save: when the stored document changed in a way the public sees (published, unpublished,
 * or published content changed) stamps "Sida uppdaterad" on every plan that shows it, before and
 * after. Draft saves and autosaves leave the stored document alone, so they stamp nothing.
 */
export const stampPageUpdatedOnChange =
  (plansShowing: PlansShowing): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    const before =
      operation === 'update' ? (states(req).get(stateKey(collection.slug, doc.id)) ?? null) : null
    const after = await readStored(req, collection.slug as CollectionSlug, doc.id)
    if (operation === 'update' && before?.updatedAt === after?.updatedAt) return doc
    if (publicChangeOf(before, after) === 'none') return doc
    const plans = [
      ...(before ? await plansShowing(req, before) : []),
      ...(after ? await plansShowing(req, after) : []),
    ]
    await stampPlans(req, plans)
    return doc
  }

/** After a delete: a published document leaving the page stamps the plans that showed it. */
export const stampPageUpdatedOnDelete =
  (plansShowing: PlansShowing): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (doc._status === 'published') await stampPlans(req, await plansShowing(req, doc))
    return doc
  }
