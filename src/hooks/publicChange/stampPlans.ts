import type { PayloadRequest } from 'payload'

import { pluginOptionsOf } from '../../options/pluginOptionsOf'
import { markPublicChange } from './pageCache'
import { PAGE_UPDATED_AT } from '../contextKeys'

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
  }
  await markPublicChange(req)
}
