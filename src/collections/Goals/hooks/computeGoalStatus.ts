import type { CollectionBeforeChangeHook } from 'payload'

import { goalStatus, type IndicatorInput } from '../../../lib/goalStatus'

/** Sets the goal's status from its indicators on every save (editors cannot set it by hand). */
export const computeGoalStatus: CollectionBeforeChangeHook = ({ data }) => ({
  ...data,
  status: goalStatus(Array.isArray(data.indicators) ? (data.indicators as IndicatorInput[]) : []),
})
