import type { Payload } from 'payload'

import type { ReviewState } from './workflowFields'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { REVIEWED_KEYS } from './reviewedCollections'

/** How many documents of the reviewed collections are in a review state now. */
export const countInState = async (payload: Payload, state: ReviewState): Promise<number> => {
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
            where: { reviewState: { equals: state } },
          })
        ).totalDocs,
    ),
  )
  return counts.reduce((a, b) => a + b, 0)
}
