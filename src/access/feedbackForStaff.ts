import type { Access, Where } from 'payload'

import { hasRole } from '../lib/roles'

/**
 * Admins reach all feedback; editors the feedback on pages they own and the feedback they are
 * assigned to handle; nobody else any.
 */
export const feedbackForStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || !hasRole(req.user, 'editor')) return false
  const own: Where = { 'page.pageOwner': { equals: req.user.id } }
  const assigned: Where = { handler: { equals: req.user.id } }
  return { or: [own, assigned] }
}
