import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Only admins. */
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
