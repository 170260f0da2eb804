import { float, int, list, nullable, object, oneOf, string, type ValueOf } from './describe'
import { GOAL_STATUS_OPTIONS, valuesOf } from '../lib/statusOptions'
import { ASSESSMENT_VALUES, REPORT_KIND_OPTIONS } from '../lib/followUpOptions'

const Summary = object(
  'PublicFollowUpSummary',
  'How many goals were (or will be) met, partly met, not met, or cannot be assessed.',
  { met: int, notMet: int, partly: int, unknown: int },
)

const Listing = object('PublicFollowUpListing', 'A published follow-up report of the plan.', {
  id: string,
  kind: oneOf(valuesOf(REPORT_KIND_OPTIONS)),
  periodEnd: string,
  title: string,
})

const IndicatorSnapshot = object(
  'PublicFollowUpIndicator',
  "One indicator of a goal as it stood at the report's period end (later imports do not change it).",
  {
    explanation: nullable(string),
    name: string,
    points: list(
      object('PublicFollowUpPoint', 'One year of the indicator up to the period end.', {
        group: nullable(float),
        national: nullable(float),
        value: nullable(float),
        year: int,
      }),
    ),
    status: oneOf(valuesOf(GOAL_STATUS_OPTIONS)),
    target: nullable(
      object('PublicFollowUpTarget', 'The target value and year.', {
        value: nullable(float),
        year: nullable(int),
      }),
    ),
    unit: nullable(string),
  },
)

const Assessment = object('PublicGoalAssessment', "One goal's assessment in a report.", {
  analysis: nullable(string),
  assessment: nullable(oneOf(ASSESSMENT_VALUES)),
  /** The assessment in the report's words ("Uppnått", "Kommer att uppnås", …). */
  assessmentLabel: nullable(string),
  figures: nullable(
    object('PublicGoalSnapshot', "The goal's indicators at the period end.", {
      indicators: list(IndicatorSnapshot),
      status: oneOf(valuesOf(GOAL_STATUS_OPTIONS)),
    }),
  ),
  goal: object('PublicFollowUpGoal', 'The goal assessed.', { id: string, title: string }),
  reason: nullable(string),
  suggested: nullable(oneOf(ASSESSMENT_VALUES)),
})

/** "Så gick det": a published follow-up report, rolled up per focus area and for the plan. */
export const FOLLOW_UP_SHAPE = object(
  'PublicFollowUp',
  'A published follow-up report of the plan ("Så gick det"): goals assessed, outcome against budget.',
  {
    focusAreas: list(
      object('PublicFollowUpArea', "A focus area's goals and their roll-up.", {
        goals: list(Assessment),
        /** Null for the goals of no focus area ("Övriga mål"). */
        id: nullable(string),
        summary: Summary,
        title: string,
      }),
    ),
    initiatives: list(
      object('PublicFollowUpInitiative', "An initiative's state at the period end.", {
        comment: nullable(string),
        id: string,
        progress: nullable(float),
        state: nullable(string),
        title: string,
      }),
    ),
    outcomes: list(
      object(
        'PublicBudgetOutcome',
        "A committee's outcome (and forecast) against its budget line, in tkr.",
        {
          budget: nullable(float),
          comment: nullable(string),
          committee: string,
          /** (forecast, else outcome) − budget, in tkr. */
          deviation: nullable(float),
          deviationPercent: nullable(float),
          forecast: nullable(float),
          kind: oneOf(['drift', 'investering']),
          outcome: nullable(float),
        },
      ),
    ),
    plan: object('PublicFollowUpPlan', 'The plan followed up.', {
      id: string,
      title: string,
      year: int,
    }),
    report: object('PublicFollowUpReport', 'The report itself.', {
      budgetedResult: nullable(float),
      id: string,
      kind: oneOf(valuesOf(REPORT_KIND_OPTIONS)),
      periodEnd: string,
      periodName: nullable(string),
      publishedAt: nullable(string),
      result: nullable(float),
      summary: nullable(string),
      title: string,
      /** `annual`: what happened (årsredovisning); `forecast`: what will (the other kinds). */
      wording: oneOf(['annual', 'forecast']),
    }),
    /** Every published report of the plan, newest first. */
    reports: list(Listing),
    savings: list(
      object('PublicFollowUpSaving', 'A savings measure: planned against realised, in tkr.', {
        id: string,
        planned: nullable(float),
        realised: nullable(float),
        title: string,
      }),
    ),
    /** "7 av 12 mål uppnådda, 3 delvis, 2 inte". */
    sentence: string,
    summary: Summary,
  },
)

/** A published follow-up report as the public reads it (REST, GraphQL, the page). */
export type PublicFollowUp = ValueOf<typeof FOLLOW_UP_SHAPE>
/** One goal's assessment as the public reads it. */
export type PublicAssessment = ValueOf<typeof Assessment>
/** A published report of a plan, as listed. */
export type ReportListing = ValueOf<typeof Listing>
