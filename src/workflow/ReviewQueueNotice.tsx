import type { ServerProps } from 'payload'

import { Banner } from '@payloadcms/ui'

import { isStaffUser, mayPublishReviewed } from '../lib/roles'
import { say } from '../lib/translations'
import { countInState } from './countInState'
import { REVIEW_QUEUE_PATH } from './reviewQueuePath'

/**
 * On the dashboard: what waits for the signed-in person — documents to review for a reviewer or
 * admin, documents sent back for an editor — with a link to "Att granska". Nothing when nothing
 * waits.
 */
export const ReviewQueueNotice = async ({ i18n, payload, user }: ServerProps) => {
  if (!payload || !isStaffUser(user)) return null
  const reviewer = mayPublishReviewed(user)
  const waiting = await countInState(payload, reviewer ? 'in_review' : 'returned')
  if (waiting === 0) return null
  const what = say(
    i18n,
    reviewer ? 'malOchBudget:waitingForReview' : 'malOchBudget:returnedWaiting',
    { count: waiting },
  )
  return (
    <Banner type="info">
      <span>{what} </span>
      <a href={`${payload.config.routes.admin}${REVIEW_QUEUE_PATH}`}>
        {reviewer
          ? say(i18n, 'malOchBudget:reviewQueueCount', { count: waiting })
          : say(i18n, 'malOchBudget:seeReturned')}
      </a>
    </Banner>
  )
}
