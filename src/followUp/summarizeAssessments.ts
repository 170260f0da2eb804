import type { AssessmentValue } from '../lib/followUpOptions'

/** How many goals were (or will be) met, partly met, not met, and could not be assessed. */
export type AssessmentSummary = { met: number; notMet: number; partly: number; unknown: number }

/**
 * The roll-up of a report (README "Follow-up"): each goal counts once, under its assessment; a goal
 * without one counts as "kan inte bedömas". The same rule for a focus area (its goals) and the plan.
 */
export const summarizeAssessments = (
  assessments: readonly { assessment?: AssessmentValue | null }[],
): AssessmentSummary => {
  const summary: AssessmentSummary = { met: 0, notMet: 0, partly: 0, unknown: 0 }
  for (const { assessment } of assessments) {
    if (assessment === 'met') summary.met += 1
    else if (assessment === 'partly') summary.partly += 1
    else if (assessment === 'not_met') summary.notMet += 1
    else summary.unknown += 1
  }
  return summary
}

/**
 * "7 av 12 mål uppnådda, 3 delvis, 2 inte" — the plan's sentence, in the report's wording (annual:
 * what happened; otherwise a forecast) and the page's language.
 */
export const summarySentence = (
  summary: AssessmentSummary,
  annual: boolean,
  locale: 'en' | 'sv' = 'sv',
): string => {
  const total = summary.met + summary.partly + summary.notMet + summary.unknown
  const parts =
    locale === 'en'
      ? [
          `${summary.met} of ${total} goals ${annual ? 'met' : 'expected to be met'}`,
          `${summary.partly} partly`,
          `${summary.notMet} not`,
          ...(summary.unknown > 0 ? [`${summary.unknown} cannot be assessed`] : []),
        ]
      : [
          `${summary.met} av ${total} mål ${annual ? 'uppnådda' : 'bedöms uppnås'}`,
          `${summary.partly} delvis`,
          `${summary.notMet} inte`,
          ...(summary.unknown > 0 ? [`${summary.unknown} kan inte bedömas`] : []),
        ]
  return parts.join(', ')
}
