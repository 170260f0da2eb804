import type { ServerProps } from 'payload'

import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { say } from '../lib/translations'
import { countInState } from './countInState'
import { REVIEW_QUEUE_PATH } from './reviewQueuePath'

/**
 * The navigation's link to "Att granska", with how many documents wait for a reviewer — counted
 * only for reviewers and admins, for whom the number is a call to act.
 */
export const ReviewQueueLink = async ({ i18n, payload, user }: ServerProps) => {
  if (!payload || !isStaffUser(user)) return null
  const waiting = mayPublishReviewed(user) ? await countInState(payload, 'in_review') : 0
  return (
    <a
      className="nav__link"
      href={`${payload.config.routes.admin}${REVIEW_QUEUE_PATH}`}
      id="nav-review-queue"
    >
      <span className="nav__link-label">
        {waiting > 0
          ? say(i18n, 'malOchBudget:reviewQueueCount', { count: waiting })
          : say(i18n, 'malOchBudget:reviewQueue')}
      </span>
    </a>
  )
}
