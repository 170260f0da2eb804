import type { CollectionSlug, Payload } from 'payload'

import type { CheckedKind } from './checkPublication'

/** `collection.custom[QUALITY_KIND]`: what the quality gate checks a collection's documents as. */
export const QUALITY_KIND = 'malOchBudgetQualityKind'

const KINDS: readonly CheckedKind[] = ['goal', 'initiative', 'measure', 'plan', 'report']

/** The quality kind a collection was put under the gate with, if any. */
export const qualityKindOf = (payload: Payload, slug: CollectionSlug): CheckedKind | undefined => {
  const kind: unknown = payload.collections[slug]?.config.custom?.[QUALITY_KIND]
  return KINDS.find((k) => k === kind)
}
