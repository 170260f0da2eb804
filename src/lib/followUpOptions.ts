import type { GoalStatus } from './statusOptions'

/** What kind of follow-up a report is. */
export const REPORT_KIND_OPTIONS = [
  { label: { en: 'Interim report', sv: 'Delårsrapport' }, value: 'delarsrapport' },
  { label: { en: 'Annual report', sv: 'Årsredovisning' }, value: 'arsredovisning' },
  { label: { en: 'Another period', sv: 'Annan period' }, value: 'period' },
] as const

export type ReportKind = (typeof REPORT_KIND_OPTIONS)[number]['value']

/** A goal's assessment in a report: reached (annual report) or will be reached (interim). */
export const ASSESSMENT_VALUES = ['met', 'partly', 'not_met', 'unknown'] as const

export type AssessmentValue = (typeof ASSESSMENT_VALUES)[number]

/** The words of an assessment: an annual report says what happened, the others what will. */
export const ASSESSMENT_LABELS: Record<
  'annual' | 'forecast',
  Record<AssessmentValue, { en: string; sv: string }>
> = {
  annual: {
    met: { en: 'Met', sv: 'Uppnått' },
    not_met: { en: 'Not met', sv: 'Ej uppnått' },
    partly: { en: 'Partly met', sv: 'Delvis uppnått' },
    unknown: { en: 'Cannot be assessed', sv: 'Kan inte bedömas' },
  },
  forecast: {
    met: { en: 'Will be met', sv: 'Kommer att uppnås' },
    not_met: { en: 'Will not be met', sv: 'Kommer inte att uppnås' },
    partly: { en: 'Will be partly met', sv: 'Kommer delvis att uppnås' },
    unknown: { en: 'Cannot be assessed', sv: 'Kan inte bedömas' },
  },
}

/** Which words a report's kind uses. */
export const wordsOf = (kind: ReportKind | null | undefined): 'annual' | 'forecast' =>
  kind === 'arsredovisning' ? 'annual' : 'forecast'

/** The choices of the assessment field, both wordings in one label (the admin shows one list). */
export const ASSESSMENT_OPTIONS = ASSESSMENT_VALUES.map((value) => ({
  label: {
    en: `${ASSESSMENT_LABELS.annual[value].en} / ${ASSESSMENT_LABELS.forecast[value].en.toLowerCase()}`,
    sv: `${ASSESSMENT_LABELS.annual[value].sv} / ${ASSESSMENT_LABELS.forecast[value].sv.toLowerCase()}`,
  },
  value,
}))

/**
 * The assessment the figures suggest: a goal on track is met, at risk partly met, off track not
 * met, and without figures it cannot be assessed from them.
 */
export const suggestedAssessment = (status: GoalStatus): AssessmentValue =>
  ({ at_risk: 'partly', no_data: 'unknown', off_track: 'not_met', on_track: 'met' })[
    status
  ] as AssessmentValue
