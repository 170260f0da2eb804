import type { PayloadRequest } from 'payload'

import type { DocumentId } from '../lib/idOf'
import type { PinnedVersion } from './pinnedVersions'
import type { ReviewedSlug } from './reviewedCollections'

import { PUBLISH_APPROVED, type PublishApprovedInput } from './publishApprovedTask'

/** Queues the publish of approved versions for a later time (run by the jobs queue). */
export const queueApproved = async (
  req: PayloadRequest,
  versions: PinnedVersion[],
  when: Date,
): Promise<void> => {
  const input: PublishApprovedInput = { approvedBy: req.user?.id ?? null, versions }
  await req.payload.jobs.queue({ input, req, task: PUBLISH_APPROVED, waitUntil: when })
}

const concerns = (input: unknown, collection: string, id: DocumentId): boolean => {
  const first = (input as Partial<PublishApprovedInput> | null)?.versions?.[0]
  return first?.collection === collection && String(first.id) === String(id)
}

/** Removes the waiting scheduled publishes of a document's approval. */
export const cancelApproved = async (
  req: PayloadRequest,
  collection: ReviewedSlug,
  id: DocumentId,
): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { taskSlug: { equals: PUBLISH_APPROVED } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
  })
  const ids = docs.filter((job) => concerns(job.input, collection, id)).map((job) => job.id)
  if (ids.length === 0) return
  await req.payload.delete({
    collection: 'payload-jobs',
    overrideAccess: true,
    req,
    // Only those the runner has not taken meanwhile (deleting one it holds made the runner fail
    // with an error logged); one it took finds, under the document's hold, nothing scheduled.
    where: { and: [{ id: { in: ids } }, { processing: { equals: false } }] },
  })
}
