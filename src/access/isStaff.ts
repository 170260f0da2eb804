import type { PayloadRequest } from 'payload'

import { isStaffUser } from '../lib/roles'

/** Any logged-in staff member (admin, reviewer or editor); usable as collection, admin-panel or field access. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user)
