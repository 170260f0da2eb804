import type { Access } from 'payload'

import { isStaff } from './isStaff'

/** Staff read everything; anyone else only published documents (never drafts). */
export const publishedOrStaff: Access = ({ req }) =>
  isStaff({ req }) ? true : { _status: { equals: 'published' } }
