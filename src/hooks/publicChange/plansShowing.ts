import type { PlansShowing } from './stampPageUpdated'

import { idOf } from '../../lib/idOf'
import { pluginOptionsOf } from '../../options/pluginOptionsOf'

/** A plan shows itself. */
export const planItself: PlansShowing = async (_req, doc) => [doc.id]

/** Goals, initiatives and savings measures are shown by their `plan`. */
export const planOfDocument: PlansShowing = async (_req, doc) => {
  const id = idOf(doc.plan)
  return id === undefined ? [] : [id]
}

/** A focus area is shown by every plan that lists it. */
export const plansListingFocusArea: PlansShowing = async (req, doc) => {
  const { docs } = await req.payload.find({
    collection: pluginOptionsOf(req.payload.config).slugs.budgetPlans,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { focusAreas: { contains: doc.id } },
  })
  return docs.map((plan) => plan.id)
}
