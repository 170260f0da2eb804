import type {
  CollectionAfterChangeHook,
  CollectionAfterErrorHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import type { BudgetPlan } from '../types'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { holdPublicPages } from '../hooks/publicChange/editionPublishing'
import { stepFor } from '../workflow/workflowStep'

const HOLD = 'mobCarriedOverHold'

const releaseHold = (req: PayloadRequest): void => {
  const release = req.context[HOLD]
  req.context[HOLD] = undefined
  if (typeof release === 'function') (release as () => void)()
}

/**
 * Before the first publish of a plan that carries goals, initiatives and measures over: public
 * pages wait until all of it is published (see holdPublicPages), so that no resident sees the new
 * plan with last year's goals "no longer there" for the moment between the rows.
 */
export const holdPagesForCarriedOver: CollectionBeforeChangeHook<BudgetPlan> = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (
    data._status === 'published' &&
    originalDoc?._status !== 'published' &&
    (data.previousEdition ?? originalDoc?.previousEdition) &&
    !(originalDoc && stepFor(req, collection.slug, originalDoc.id)) &&
    typeof req.context[HOLD] !== 'function'
  ) {
    req.context[HOLD] = holdPublicPages(req.payload)
  }
  return data
}

/** A publish that failed after {@link holdPagesForCarriedOver} lets the pages go at once. */
export const releasePagesOnError: CollectionAfterErrorHook = ({ req }) => {
  releaseHold(req)
}

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
  try {
    if (
      doc._status === 'published' &&
      previousDoc?._status !== 'published' &&
      doc.previousEdition
    ) {
      if (!stepFor(req, collection.slug, doc.id)) await publishCarriedOverOf(req, doc.id)
    }
  } finally {
    releaseHold(req)
  }
  return doc
}

const publishCarriedOverOf = async (req: PayloadRequest, planId: BudgetPlan['id']) => {
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
          { plan: { equals: planId } },
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
}
