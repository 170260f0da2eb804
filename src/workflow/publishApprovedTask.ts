import type { TaskConfig } from 'payload'

import { commitTransaction, initTransaction, JobCancelledError, killTransaction } from 'payload'
import { z } from 'zod'

import type { PinnedVersion } from './pinnedVersions'
import type { ReviewedSlug } from './reviewedCollections'
import type { ScheduledPublish } from './workflowStep'

import { latestDraftOf } from '../endpoints/latestDraftOf'
import { documentKey, whileHolding } from '../lib/holdAcrossServers'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { publishPinned } from './publishPinned'
import { REVIEWED_KEYS } from './reviewedCollections'
import { WorkflowRefused } from './WorkflowRefused'
import { inOwnRequest } from '../lib/ownRequest'

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
 * by their hashes), whatever was edited since. Tried again when it fails (the database may be
 * busy); a version that is gone or changed (the document was deleted after the approval) is no
 * failure to try again: the job is cancelled with the reason, shown in Administration › Jobb,
 * and a warning is logged.
 */
const sameTime = (a: null | string | undefined, b: null | string | undefined): boolean =>
  !!a && !!b && Date.parse(a) === Date.parse(b)

export const publishApprovedTask = (): TaskConfig => ({
  slug: PUBLISH_APPROVED,
  handler: inOwnRequest(async ({ input, job, req }) => {
    const { approvedBy, versions } = inputSchema.parse(input)
    const { slugs } = pluginOptionsOf(req.payload.config)
    const reviewed: string[] = REVIEWED_KEYS.map((key) => slugs[key])
    const unknown = versions.find((v) => !reviewed.includes(v.collection))
    if (unknown) throw new Error(`${unknown.collection} is not a reviewed collection`)
    const [main] = versions as [PinnedVersion, ...PinnedVersion[]]
    // In a transaction of its own, holding the document as a review step does: a "Återkalla
    // schemaläggning" sent as the job starts either comes first (and the job finds nothing
    // scheduled) or after (and finds nothing to call back).
    const shouldCommit = await initTransaction(req)
    try {
      await whileHolding(req, documentKey(main.collection, main.id), async () => {
        const doc = await latestDraftOf(req, main.collection as ReviewedSlug, main.id)
        const scheduled = (doc?.scheduledPublish ?? null) as null | ScheduledPublish
        if (doc && (!scheduled || !sameTime(scheduled.at, job.waitUntil))) {
          throw new WorkflowRefused(
            'Den schemalagda publiceringen har återkallats eller ersatts / The scheduled publish was called back or replaced',
            409,
          )
        }
        await publishPinned(req, versions as PinnedVersion[], {
          at: new Date().toISOString(),
          by: approvedBy,
          comment: 'Publicerad enligt godkännandet / Published as approved',
          from: 'approved',
          to: 'approved',
        })
      })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      if (!(error instanceof WorkflowRefused)) throw error
      const what = versions.map((v) => `${v.collection} ${v.id}`).join(', ')
      req.payload.logger.warn(`A scheduled publish of ${what} was cancelled: ${error.message}`)
      throw new JobCancelledError(error.message)
    }
    return { output: { published: versions.length } }
  }),
  inputSchema: [
    { name: 'approvedBy', type: 'json' },
    { name: 'versions', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'number' }],
  retries: 3,
})
