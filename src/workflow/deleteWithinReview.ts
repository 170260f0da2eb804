import type { Access } from 'payload'

import { isStaff } from '../access/isStaff'
import { mayPublishReviewed } from '../lib/roles'
import { reviewApplies } from './reviewRule'

/**
 * Delete access of a reviewed collection: the collection's own rule, and while review is on an
 * editor deletes only what is not published (the review rule; `refuseReviewedDelete` says why per
 * document). As a filter, so the admin offers an editor "Ta bort" only where it would be allowed.
 */
export const deleteWithinReview =
  (own: Access = isStaff): Access =>
  async (args) => {
    const allowed = await own(args)
    if (allowed === false || mayPublishReviewed(args.req.user)) return allowed
    if (!(await reviewApplies(args.req))) return allowed
    const unpublished = { _status: { not_equals: 'published' } }
    return allowed === true ? unpublished : { and: [allowed, unpublished] }
  }
