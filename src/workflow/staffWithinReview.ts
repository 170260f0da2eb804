import type { Access } from 'payload'

import { isStaffUser } from '../lib/roles'
import { publishNeedsReview } from './publishNeedsReview'

/**
 * Create and update access of the reviewed collections: staff write, but an editor's write that
 * publishes is denied while the review workflow is on. Payload asks the same question with
 * `_status: 'published'` to decide whether to offer "Publicera" and "Schemalägg", so the admin
 * offers editors neither — and a crafted request is refused all the same.
 */
export const staffWithinReview: Access = async ({ data, req }) => {
  if (!isStaffUser(req.user)) return false
  const publishing = (data as { _status?: unknown } | undefined)?._status === 'published'
  return !(publishing && (await publishNeedsReview(req)))
}
