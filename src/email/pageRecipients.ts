import type { PayloadRequest } from 'payload'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

const emailOf = (user: unknown): string | undefined =>
  user && typeof user === 'object' && 'email' in user && typeof user.email === 'string'
    ? user.email
    : undefined

/** Who hears about a page: its owner (populated `pageOwner`), or all admins when it has none. */
export const pageRecipients = async (
  req: PayloadRequest,
  pageOwner: unknown,
): Promise<string[]> => {
  const owner = emailOf(pageOwner)
  if (owner) return [owner]
  const { docs } = await req.payload.find({
    collection: pluginOptionsOf(req.payload.config).slugs.users,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { roles: { contains: 'admin' } },
  })
  return docs.map((u) => u.email)
}
