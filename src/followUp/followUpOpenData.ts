import type { Table } from '../lib/csvTable'
import type { PublicFollowUp } from '../shape/followUpShape'

/** The follow-up's open-data tables, by name. */
export const FOLLOW_UP_TABLES = ['assessments', 'budget-outcomes'] as const

export type FollowUpTable = (typeof FOLLOW_UP_TABLES)[number]

/** The columns of the `assessments` table: one row per goal's assessment in a report. */
export const ASSESSMENT_COLUMNS = [
  'plan_year',
  'report_id',
  'report_title',
  'report_kind',
  'period_end',
  'focus_area',
  'goal_id',
  'goal_title',
  'assessment',
  'assessment_label',
  'suggested_by_figures',
  'analysis',
  'reason',
] as const

/** The columns of the `budget-outcomes` table: one row per committee's outcome (tkr). */
export const BUDGET_OUTCOME_COLUMNS = [
  'plan_year',
  'report_id',
  'period_end',
  'committee',
  'kind',
  'budget_tkr',
  'outcome_tkr',
  'forecast_tkr',
  'deviation_tkr',
  'deviation_percent',
  'comment',
] as const

/**
 * A published report as flat tables: one row per goal's assessment (`assessments`) and one per
 * committee's outcome against its budget (`budget-outcomes`, thousands of kronor).
 */
export const followUpTables = (followUp: PublicFollowUp): Record<FollowUpTable, Table> => {
  const { plan, report } = followUp
  const periodEnd = report.periodEnd.slice(0, 10)
  return {
    assessments: {
      columns: ASSESSMENT_COLUMNS,
      rows: followUp.focusAreas.flatMap((area) =>
        area.goals.map((g) => [
          plan.year,
          String(report.id),
          report.title,
          report.kind,
          periodEnd,
          area.title,
          String(g.goal.id),
          g.goal.title,
          g.assessment,
          g.assessmentLabel,
          g.suggested,
          g.analysis,
          g.reason,
        ]),
      ),
    },
    'budget-outcomes': {
      columns: BUDGET_OUTCOME_COLUMNS,
      rows: followUp.outcomes.map((o) => [
        plan.year,
        String(report.id),
        periodEnd,
        o.committee,
        o.kind,
        o.budget,
        o.outcome,
        o.forecast,
        o.deviation,
        o.deviationPercent,
        o.comment,
      ]),
    },
  }
}
