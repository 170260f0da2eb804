import type { Slugs } from '../options/types'

/** The collections under four-eyes publishing: the page's own content. */
export const REVIEWED_KEYS = [
  'budgetPlans',
  'focusAreas',
  'goals',
  'initiatives',
  'savingsMeasures',
] as const satisfies readonly (keyof Slugs)[]

/** The key (in the plugin's slugs) of a reviewed collection. */
export type ReviewedKey = (typeof REVIEWED_KEYS)[number]

/** The slug of a reviewed collection. */
export type ReviewedSlug = Slugs[ReviewedKey]
