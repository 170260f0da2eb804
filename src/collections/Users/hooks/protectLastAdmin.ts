import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../../lib/roles'

const LAST_ADMIN_MESSAGE =
  'Det måste finnas minst en administratör: utse en annan administratör först. / ' +
  'There must be at least one admin: make another user admin first.'

const otherAdmins = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection,
    overrideAccess: true,
    req,
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
  })
  return totalDocs
}

/** Refuses to take the admin role from the last admin, so nobody locks the organisation out. */
export const protectLastAdminOnChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || !hasRole(originalDoc, 'admin')) return data
  if (!Array.isArray(data.roles) || data.roles.includes('admin')) return data
  if ((await otherAdmins(req, collection.slug as CollectionSlug, originalDoc.id)) === 0) {
    throw new APIError(LAST_ADMIN_MESSAGE, 400, undefined, true)
  }
  return data
}

/** Refuses to delete the last admin account. */
export const protectLastAdminOnDelete: CollectionBeforeDeleteHook = async ({
  id,
  collection,
  req,
}) => {
  const slug = collection.slug as CollectionSlug
  const doc = await req.payload.findByID({
    id,
    collection: slug,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (hasRole(doc, 'admin') && (await otherAdmins(req, slug, id)) === 0) {
    throw new APIError(LAST_ADMIN_MESSAGE, 400, undefined, true)
  }
}
