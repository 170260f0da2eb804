import type { GoalStatus } from './statusOptions'

export type { GoalStatus }

const worstFirst: GoalStatus[] = ['off_track', 'at_risk', 'on_track']

/** A goal is as well as its worst indicator with data; with no data at all it is `no_data`. */
export const goalStatus = (statuses: readonly GoalStatus[]): GoalStatus => {
  const present = new Set(statuses)
  return worstFirst.find((status) => present.has(status)) ?? 'no_data'
}
