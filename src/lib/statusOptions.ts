/** A choice with its Swedish and English label. */
export type LabelledOption = { label: { en: string; sv: string }; value: string }

/** A goal's computed status, as editors and residents see it. */
export const GOAL_STATUS_OPTIONS: LabelledOption[] = [
  { label: { en: 'On track', sv: 'I fas' }, value: 'on_track' },
  { label: { en: 'At risk', sv: 'Risk' }, value: 'at_risk' },
  { label: { en: 'Off track', sv: 'Ej i fas' }, value: 'off_track' },
  { label: { en: 'No data', sv: 'Uppgifter saknas' }, value: 'no_data' },
]

/** The state of an initiative's work. */
export const INITIATIVE_STATUS_OPTIONS: LabelledOption[] = [
  { label: { en: 'Planned', sv: 'Planerad' }, value: 'planned' },
  { label: { en: 'Ongoing', sv: 'Pågår' }, value: 'ongoing' },
  { label: { en: 'Done', sv: 'Klar' }, value: 'done' },
  { label: { en: 'Postponed', sv: 'Uppskjuten' }, value: 'postponed' },
  { label: { en: 'Cancelled', sv: 'Avbruten' }, value: 'cancelled' },
]

/** The Swedish label of a value, or the value itself when it has none. */
export const swedishLabel = (options: readonly LabelledOption[], value: string): string =>
  options.find((o) => o.value === value)?.label.sv ?? value
