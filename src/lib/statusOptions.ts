/** A choice with its Swedish and English label. */
export type LabelledOption = { label: { en: string; sv: string }; value: string }

/** A goal's computed status, as editors and residents see it. */
export const GOAL_STATUS_OPTIONS = [
  { label: { en: 'On track', sv: 'I fas' }, value: 'on_track' },
  { label: { en: 'At risk', sv: 'Risk' }, value: 'at_risk' },
  { label: { en: 'Off track', sv: 'Ej i fas' }, value: 'off_track' },
  { label: { en: 'No data', sv: 'Uppgifter saknas' }, value: 'no_data' },
] as const satisfies readonly LabelledOption[]

/** A goal's (or an indicator's) status. */
export type GoalStatus = (typeof GOAL_STATUS_OPTIONS)[number]['value']

/** The state of an initiative's work. */
export const INITIATIVE_STATUS_OPTIONS = [
  { label: { en: 'Planned', sv: 'Planerad' }, value: 'planned' },
  { label: { en: 'Ongoing', sv: 'Pågår' }, value: 'ongoing' },
  { label: { en: 'Done', sv: 'Klar' }, value: 'done' },
  { label: { en: 'Postponed', sv: 'Uppskjuten' }, value: 'postponed' },
  { label: { en: 'Cancelled', sv: 'Avbruten' }, value: 'cancelled' },
] as const satisfies readonly LabelledOption[]

/** Status of an initiative. */
export type InitiativeStatus = (typeof INITIATIVE_STATUS_OPTIONS)[number]['value']

/** What a savings measure saves on. */
export const SAVINGS_CATEGORY_OPTIONS = [
  { label: { en: 'Premises', sv: 'Lokaler' }, value: 'premises' },
  {
    label: { en: 'Property management', sv: 'Fastighetsförvaltning' },
    value: 'property_management',
  },
  { label: { en: 'Staffing', sv: 'Personal' }, value: 'staffing' },
  { label: { en: 'Purchasing', sv: 'Inköp' }, value: 'purchasing' },
  { label: { en: 'Digitalisation', sv: 'Digitalisering' }, value: 'digitalisation' },
  { label: { en: 'Other', sv: 'Annat' }, value: 'other' },
] as const satisfies readonly LabelledOption[]

/** How far a savings measure has come. */
export const SAVINGS_STATUS_OPTIONS = [
  { label: { en: 'Planned', sv: 'Planerad' }, value: 'planned' },
  { label: { en: 'Ongoing', sv: 'Pågår' }, value: 'ongoing' },
  { label: { en: 'Done', sv: 'Genomförd' }, value: 'done' },
  { label: { en: 'Cancelled', sv: 'Avbruten' }, value: 'cancelled' },
] as const satisfies readonly LabelledOption[]

/** Statuses of a feedback case, in the order staff move it through them. */
export const FEEDBACK_STATUS_OPTIONS = [
  { label: { en: 'New', sv: 'Ny' }, value: 'new' },
  { label: { en: 'In progress', sv: 'Under behandling' }, value: 'in_progress' },
  { label: { en: 'Answered', sv: 'Besvarad' }, value: 'answered' },
  { label: { en: 'Closed', sv: 'Avslutad' }, value: 'closed' },
] as const satisfies readonly LabelledOption[]

/** The values of a list of options. */
export const valuesOf = <O extends readonly LabelledOption[]>(options: O): O[number]['value'][] =>
  options.map((option) => option.value)

/** The label of a value in a language (Swedish by default), or the value itself when it has none. */
export const labelOf = (
  options: readonly LabelledOption[],
  value: string,
  language: 'en' | 'sv' = 'sv',
): string => options.find((o) => o.value === value)?.label[language] ?? value
