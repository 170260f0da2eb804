import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account becomes an admin, so a fresh installation can be taken into use. */
export const assignFirstUserAdmin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    overrideAccess: true,
    req,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
