/** Status of an initiative. */
import type { InitiativeStatus } from './statusOptions'

export type { InitiativeStatus }

/** What the progress of a plan is computed from. */
export type InitiativeProgressInput = { progress?: null | number; status?: InitiativeStatus | null }

/** The overall progress of a plan. */
export type PlanProgress = {
  /** How many initiatives have each status. */
  counts: Record<InitiativeStatus, number>
  /** Mean progress 0–100 (one decimal) of the initiatives that count; null when none do. */
  percent: null | number
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value))

/**
 * A plan's progress is the mean progress of its initiatives. Done counts as 100 %, planned as
 * its own figure (usually 0); cancelled initiatives do not count at all.
 */
export const planProgress = (initiatives: readonly InitiativeProgressInput[]): PlanProgress => {
  const counts: Record<InitiativeStatus, number> = {
    cancelled: 0,
    done: 0,
    ongoing: 0,
    planned: 0,
    postponed: 0,
  }
  let sum = 0
  let counted = 0
  for (const initiative of initiatives) {
    const status = initiative.status ?? 'planned'
    counts[status] += 1
    if (status === 'cancelled') continue
    const progress = status === 'done' ? 100 : clamp(Number(initiative.progress ?? 0) || 0)
    sum += progress
    counted += 1
  }
  return { counts, percent: counted === 0 ? null : Math.round((sum / counted) * 10) / 10 }
}
