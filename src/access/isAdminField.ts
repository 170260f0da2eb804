import type { FieldAccess } from 'payload'

import { hasRole } from '../lib/roles'

/** Field-level: only admins may set or change the field. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
