import type { CollectionAfterChangeHook } from 'payload'

import type { BudgetPlan } from '../../../payload-types'

import { pluginOptionsOf } from '../../../options/pluginOptionsOf'
import { stepFor } from '../../../workflow/workflowStep'

/**
 * When a plan made by "Skapa nästa års plan" is published for the first time, what was carried
 * over with it (goals, initiatives, measures never published, linked to last year's) is published
 * with it, in its latest draft — one click for the editor, and never before the plan itself.
 * Under review the approval does this instead, with the versions submitted with the plan.
 */
export const publishCarriedOver: CollectionAfterChangeHook<BudgetPlan> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status !== 'published' || previousDoc?._status === 'published' || !doc.previousEdition) {
    return doc
  }
  if (stepFor(req, collection.slug, doc.id)) return doc
  const { slugs } = pluginOptionsOf(req.payload.config)
  for (const collection of [slugs.goals, slugs.initiatives, slugs.savingsMeasures]) {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { plan: { equals: doc.id } },
          { _status: { equals: 'draft' } },
          { previousEdition: { exists: true } },
        ],
      },
    })
    for (const child of docs) {
      const latest = await req.payload.findByID({
        id: child.id,
        collection,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      const data = Object.fromEntries(
        Object.entries(latest).filter(([key]) => !['createdAt', 'id', 'updatedAt'].includes(key)),
      )
      await req.payload.update({
        id: child.id,
        collection,
        data: { ...data, _status: 'published' },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
  return doc
}
