import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { APIError } from 'payload'

/** A field in another collection that points at documents of this one. */
export type Reference = { collection: CollectionSlug; field: string; label: string }

/**
 * Refuses to delete a document that others still refer to, listing what refers to it, so no
 * page is left pointing at nothing.
 */
export const refuseDeleteWhileReferenced =
  (references: readonly Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    for (const reference of references) {
      const { docs, totalDocs } = await req.payload.find({
        collection: reference.collection,
        depth: 0,
        draft: true,
        limit: 10,
        overrideAccess: true,
        pagination: true,
        req,
        where: { [reference.field]: { equals: id } },
      })
      if (totalDocs === 0) continue
      const titles = docs.map((doc) => {
        const title = 'title' in doc ? doc.title : undefined
        return `"${typeof title === 'string' ? title : String(doc.id)}"`
      })
      const more = totalDocs > docs.length ? ` (+${totalDocs - docs.length})` : ''
      found.push(`${reference.label}: ${titles.join(', ')}${more}`)
    }
    if (found.length > 0) {
      throw new APIError(
        `Kan inte tas bort eftersom annat innehåll hänvisar hit / Cannot be deleted while referenced by — ${found.join('; ')}`,
        409,
        undefined,
        true,
      )
    }
  }
