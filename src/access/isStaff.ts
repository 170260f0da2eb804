import type { PayloadRequest } from 'payload'

import { hasRole } from '../lib/roles'

/** Any logged-in staff member (admin or editor); usable as collection, admin-panel or field access. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin') || hasRole(req.user, 'editor')
