import type { ServerFunction } from 'payload'

import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'

import { mayPublishReviewed } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { reviewApplies } from './reviewRule'
import { REVIEWED_KEYS } from './reviewedCollections'
import { ReviewRefused } from './ReviewRefused'

/**
 * Payload's "schedule-publish" server function, asked first whether the review rule allows it:
 * Payload's own handler queues the job without asking access. While review is on, a publish of
 * reviewed content is never scheduled this way (a reviewer approves with a time instead, which
 * pins what was approved); a reviewer or admin may schedule an unpublish; an editor may neither
 * schedule nor remove a schedule.
 */
export const scheduleWithinReview: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { slugs } = pluginOptionsOf(args.req.payload.config)
  const reviewed = REVIEWED_KEYS.some((key) => slugs[key] === args.doc?.relationTo)
  if ((reviewed || args.deleteID !== undefined) && (await reviewApplies(args.req))) {
    const reviewer = mayPublishReviewed(args.req.user)
    if (!reviewer) {
      return {
        error: new ReviewRefused(args.type === 'unpublish' ? 'unpublish' : 'publish').message,
      }
    }
    if (reviewed && args.deleteID === undefined && args.type !== 'unpublish') {
      return { error: new ReviewRefused('schedule').message }
    }
  }
  return schedulePublishHandler(args)
}
