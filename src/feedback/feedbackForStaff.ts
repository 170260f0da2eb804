import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from '../lib/roles'

/**
 * Admins reach all feedback; reviewers and editors the feedback on pages they own and the feedback they are
 * assigned to handle; nobody else any.
 */
export const feedbackForStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || !isStaffUser(req.user)) return false
  const own: Where = { 'page.pageOwner': { equals: req.user.id } }
  const assigned: Where = { handler: { equals: req.user.id } }
  return { or: [own, assigned] }
}
