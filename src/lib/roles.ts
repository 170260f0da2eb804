/**
 * Staff roles: admins manage users, settings and deletions; reviewers (granskare) approve and
 * publish; editors write — and publish too, unless the review workflow is on.
 */
export const ROLES = ['admin', 'reviewer', 'editor'] as const

/** One staff role. */
export type Role = (typeof ROLES)[number]

/** True when the (possibly anonymous) user — from any auth collection — holds the role. */
export const hasRole = (user: unknown, role: Role): boolean =>
  typeof user === 'object' &&
  user !== null &&
  'roles' in user &&
  Array.isArray(user.roles) &&
  user.roles.includes(role)

/** True for any staff member: admin, reviewer or editor. */
export const isStaffUser = (user: unknown): boolean => ROLES.some((role) => hasRole(user, role))

/** True for those who may publish while the review workflow is on: admins and reviewers. */
export const mayPublishReviewed = (user: unknown): boolean =>
  hasRole(user, 'admin') || hasRole(user, 'reviewer')
