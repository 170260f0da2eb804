import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins, or a user acting on their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
