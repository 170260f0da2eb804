import type { TaskConfig } from 'payload'

import { z } from 'zod'

import type { PinnedVersion } from './pinnedVersions'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { publishPinned } from './publishPinned'
import { REVIEWED_KEYS } from './reviewedCollections'

/** Slug of the task that publishes a scheduled approval. */
export const PUBLISH_APPROVED = 'publishApproved'

const id = z.union([z.number(), z.string()])

const inputSchema = z.object({
  approvedBy: id.nullable(),
  versions: z.array(z.object({ collection: z.string(), hash: z.string(), id, version: id })).min(1),
})

/** What a scheduled approval hands the jobs queue: the approved versions and who approved them. */
export type PublishApprovedInput = { approvedBy: null | number | string; versions: PinnedVersion[] }

/**
 * Publishes, when due, the versions a reviewer approved for a later time — exactly those (checked
 * by their hashes), whatever was edited since. Tried again (the database may be busy); a version
 * that is gone or changed fails the job with the reason, shown in Administration › Jobb.
 */
export const publishApprovedTask = (): TaskConfig => ({
  slug: PUBLISH_APPROVED,
  handler: async ({ input, req }) => {
    const { approvedBy, versions } = inputSchema.parse(input)
    const { slugs } = pluginOptionsOf(req.payload.config)
    const reviewed: string[] = REVIEWED_KEYS.map((key) => slugs[key])
    const unknown = versions.find((v) => !reviewed.includes(v.collection))
    if (unknown) throw new Error(`${unknown.collection} is not a reviewed collection`)
    await publishPinned(req, versions as PinnedVersion[], {
      at: new Date().toISOString(),
      by: approvedBy,
      comment: 'Publicerad enligt godkännandet / Published as approved',
      from: 'approved',
      to: 'approved',
    })
    return { output: { published: versions.length } }
  },
  inputSchema: [
    { name: 'approvedBy', type: 'json' },
    { name: 'versions', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'number' }],
  retries: 3,
})
