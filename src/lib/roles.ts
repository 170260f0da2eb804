/** Staff roles: admins manage users, settings and deletions; editors write and publish content. */
export const ROLES = ['admin', 'editor'] as const

/** One staff role. */
export type Role = (typeof ROLES)[number]

/** True when the (possibly anonymous) user — from any auth collection — holds the role. */
export const hasRole = (user: unknown, role: Role): boolean =>
  typeof user === 'object' &&
  user !== null &&
  'roles' in user &&
  Array.isArray(user.roles) &&
  user.roles.includes(role)
