import type { PublicFollowUp } from '../shape/followUpShape'

/** One goal's assessment in one published report, for the goal's history on the plan page. */
export type GoalHistoryEntry = {
  assessment: string
  periodEnd: string
  reportId: string
  reportTitle: string
}

/**
 * Every assessment of the plan's goals in its published reports, per goal id, in the reports'
 * order (newest period first) — the history the plan page shows under each goal.
 */
export const goalHistory = (
  reports: readonly PublicFollowUp[],
): Map<string, GoalHistoryEntry[]> => {
  const history = new Map<string, GoalHistoryEntry[]>()
  for (const { focusAreas, report } of reports) {
    for (const goal of focusAreas.flatMap((area) => area.goals)) {
      if (!goal.assessmentLabel) continue
      const entries = history.get(goal.goal.id) ?? []
      entries.push({
        assessment: goal.assessmentLabel,
        periodEnd: report.periodEnd,
        reportId: report.id,
        reportTitle: report.title,
      })
      history.set(goal.goal.id, entries)
    }
  }
  return history
}
