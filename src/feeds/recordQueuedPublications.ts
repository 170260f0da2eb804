import type { Payload } from 'payload'

import { RECORD_PUBLICATION_QUEUE } from '../hooks/publicChange/stampPlans'

/** More than any seed or bulk load queues in one go (one record per plan and publish). */
const RECORDS_PER_RUN = 1000

/**
 * Runs now, as the job runner would at its next tick, the feeds' records of the pages just
 * published (the jobs on the feeds' own queue). For a seed or a bulk load: the feeds list its
 * publications at once, and the next server start has none of them to run. Returns how many are
 * still not done (a record that failed: the job runner retries it).
 */
export const recordQueuedPublications = async (payload: Payload): Promise<number> => {
  await payload.jobs.run({ limit: RECORDS_PER_RUN, queue: RECORD_PUBLICATION_QUEUE })
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [{ queue: { equals: RECORD_PUBLICATION_QUEUE } }, { completedAt: { exists: false } }],
    },
  })
  return totalDocs
}
