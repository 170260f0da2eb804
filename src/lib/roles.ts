/** Staff roles: admins manage users, settings and deletions; editors write and publish content. */
export const ROLES = ['admin', 'editor'] as const

/** One staff role. */
export type Role = (typeof ROLES)[number]

/** True when the (possibly anonymous) user holds the role. */
export const hasRole = (
  user: null | undefined | { roles?: null | readonly string[] },
  role: Role,
): boolean => Array.isArray(user?.roles) && user.roles.includes(role)
