import type { PlansShowing } from './stampPageUpdated'

import { SLUGS } from '../../collections/slugs'

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}

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
    collection: SLUGS.budgetPlans,
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
