import type { Access } from 'payload'

import { isStaff } from '../access/isStaff'
import { publishNeedsReview } from './publishNeedsReview'

/**
 * Delete access of a reviewed collection: the collection's own rule, and while review is on an
 * editor deletes only what is not published — taking published content down is a reviewer's call.
 * As a filter, so the admin offers an editor "Ta bort" only where it would be allowed.
 */
export const deleteWithinReview =
  (own: Access = isStaff): Access =>
  async (args) => {
    const allowed = await own(args)
    if (allowed === false || !(await publishNeedsReview(args.req))) return allowed
    const unpublished = { _status: { not_equals: 'published' } }
    return allowed === true ? unpublished : { and: [allowed, unpublished] }
  }
