import type { PayloadRequest } from 'payload'

import { mayPublishReviewed } from '../lib/roles'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { workflowOn } from './workflowOn'

/**
 * True when the request's user may not publish or schedule a publish themselves: an editor (not a
 * reviewer or admin) while the review workflow is on. Requests without a user (the seed, jobs
 * without a scheduling user, the workflow's own approval) are not asked.
 */
export const publishNeedsReview = async (req: PayloadRequest): Promise<boolean> =>
  Boolean(req.user) &&
  !mayPublishReviewed(req.user) &&
  !pluginOptionsOf(req.payload.config).disabled &&
  (await workflowOn(req))
