import type { Access } from 'payload'

import { isStaffUser } from '../lib/roles'
import { reviewVerdict } from './reviewRule'

/**
 * Create and update access of the reviewed collections: staff write, but a save that publishes is
 * denied while review before publishing is on (the review rule: only an approval publishes).
 * Payload asks the same question with `_status: 'published'` to decide whether to offer
 * "Publicera" and "Schemalägg", so the admin offers them to nobody then — reviewers approve in the
 * sidebar's "Granskning" panel — and a crafted request is refused all the same.
 */
export const staffWithinReview: Access = async ({ data, req }) => {
  if (!isStaffUser(req.user)) return false
  const status = (data as { _status?: unknown } | undefined)?._status
  if (status !== 'published') return true
  const verdict = await reviewVerdict(
    req,
    { draft: false, kind: 'update', status },
    async () => true,
  )
  return typeof verdict === 'string'
}
