import type { PayloadRequest } from 'payload'

import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { markPublicChange } from './pageCache'
import { PAGE_UPDATED_AT } from '../contextKeys'

/**
 * The jobs-queue task that writes a plan's published change down for its feeds (the feeds feature
 * registers it; every stamp queues it).
 */
export const RECORD_PUBLICATION = 'recordPagePublication'
/** The queue those records go on (the job runner runs every queue). */
export const RECORD_PUBLICATION_QUEUE = 'feeds'

const RECORDS_QUEUED = 'malOchBudgetRecordsQueued'
const recordsQueued = (req: PayloadRequest): Set<string> => {
  const existing = req.context[RECORDS_QUEUED]
  if (existing instanceof Set) return existing as Set<string>
  const created = new Set<string>()
  req.context[RECORDS_QUEUED] = created
  return created
}

/**
 * Writes "Sida uppdaterad" on the given plans: now, or the date the caller put in
 * `req.context[PAGE_UPDATED_AT]`. Written straight to the stored document, so it makes no new
 * version and never publishes an editor's pending draft.
 */
export const stampPlans = async (
  req: PayloadRequest,
  planIds: Iterable<number | string>,
): Promise<void> => {
  const override = req.context[PAGE_UPDATED_AT]
  const when =
    typeof override === 'string' ? new Date(override).toISOString() : new Date().toISOString()
  const ids = new Set(planIds)
  // A document no plan shows changes no public page.
  if (ids.size === 0) return
  for (const id of ids) {
    await req.payload.db.updateOne({
      id,
      collection: pluginOptionsOf(req.payload.config).slugs.budgetPlans,
      data: { pageUpdatedAt: when },
      req,
      returning: false,
    })
    // In this transaction: the record is made after it commits, or not at all. Once per plan and
    // request (a publish stamps a plan many times over), on a queue of its own, so that it never
    // stands in the way of the default queue's jobs.
    const queued = recordsQueued(req)
    if (!queued.has(String(id))) {
      queued.add(String(id))
      await req.payload.jobs.queue({
        input: { plan: id },
        queue: RECORD_PUBLICATION_QUEUE,
        req,
        task: RECORD_PUBLICATION,
      })
    }
  }
  await markPublicChange(req)
}
