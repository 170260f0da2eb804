import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * The latest draft (or the published document, if newer) of `collection` with the id an endpoint's
 * route gave — undefined for an unknown or malformed id. Staff endpoints read what editors see.
 */
export const latestDraftOf = async <S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  id: unknown,
) => {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    req,
    where: { id: { equals: typeof id === 'string' || typeof id === 'number' ? id : -1 } },
  })
  return docs[0]
}
