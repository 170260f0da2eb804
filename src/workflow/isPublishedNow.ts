import type { CollectionSlug, PayloadRequest, TypeWithID } from 'payload'

import { isDocumentId } from '../lib/idOf'

/** True when the stored (public) document is published now — whatever its drafts say. */
export const isPublishedNow = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
): Promise<boolean> => {
  if (!isDocumentId(id)) return false
  const stored = await req.payload.db.findOne<{ _status?: string } & TypeWithID>({
    collection,
    req,
    where: { id: { equals: id } },
  })
  return stored?._status === 'published'
}
