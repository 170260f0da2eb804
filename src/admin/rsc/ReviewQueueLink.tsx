import type { ServerProps } from 'payload'

import { isStaffUser, mayPublishReviewed } from '../../lib/roles'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { REVIEWED_KEYS } from '../../workflow/reviewedCollections'
import { REVIEW_QUEUE_PATH } from '../../workflow/reviewQueuePath'

/**
 * The navigation's link to "Att granska", with how many documents wait for a reviewer — counted
 * only for reviewers and admins, for whom the number is a call to act.
 */
export const ReviewQueueLink = async ({ payload, user }: ServerProps) => {
  if (!payload || !isStaffUser(user)) return null
  let waiting = 0
  if (mayPublishReviewed(user)) {
    const { slugs } = pluginOptionsOf(payload.config)
    // The latest drafts carry the state: a published document under review has a newer draft.
    const counts = await Promise.all(
      REVIEWED_KEYS.map(
        async (key) =>
          (
            await payload.find({
              collection: slugs[key],
              depth: 0,
              draft: true,
              limit: 1,
              overrideAccess: true,
              select: {},
              where: { reviewState: { equals: 'in_review' } },
            })
          ).totalDocs,
      ),
    )
    waiting = counts.reduce((a, b) => a + b, 0)
  }
  return (
    <a
      className="nav__link"
      href={`${payload.config.routes.admin}${REVIEW_QUEUE_PATH}`}
      id="nav-review-queue"
    >
      <span className="nav__link-label">
        {waiting > 0 ? `Att granska (${waiting})` : 'Att granska'}
      </span>
    </a>
  )
}
