import type { Slugs } from '../options/types'

/** The collections under four-eyes publishing: the page's own content and its files. */
export const REVIEWED_KEYS = [
  'budgetPlans',
  'focusAreas',
  'goals',
  'initiatives',
  'savingsMeasures',
  'followUpReports',
  'media',
  'documents',
] as const satisfies readonly (keyof Slugs)[]

/** The key (in the plugin's slugs) of a reviewed collection. */
export type ReviewedKey = (typeof REVIEWED_KEYS)[number]

/** The slug of a reviewed collection. */
export type ReviewedSlug = Slugs[ReviewedKey]
