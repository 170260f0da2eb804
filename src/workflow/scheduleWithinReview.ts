import type { ServerFunction } from 'payload'

import {
  type SchedulePublishHandlerArgs,
  schedulePublishHandler,
} from '@payloadcms/ui/utilities/schedulePublishHandler'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { EditorPublishRefused } from './EditorPublishRefused'
import { publishNeedsReview } from './publishNeedsReview'
import { REVIEWED_KEYS } from './reviewedCollections'

/**
 * Payload's "schedule-publish" server function, asked first whether the person may schedule:
 * Payload's own handler queues the job without asking access, so without this an editor's crafted
 * call would queue a publish (that then fails when due). An editor, while review is on, may neither
 * schedule a publish or an unpublish of reviewed content nor remove someone else's schedule.
 */
export const scheduleWithinReview: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { slugs } = pluginOptionsOf(args.req.payload.config)
  const reviewed = REVIEWED_KEYS.some((key) => slugs[key] === args.doc?.relationTo)
  if ((reviewed || args.deleteID !== undefined) && (await publishNeedsReview(args.req))) {
    return {
      error: new EditorPublishRefused(args.type === 'unpublish' ? 'unpublish' : 'publish').message,
    }
  }
  return schedulePublishHandler(args)
}
