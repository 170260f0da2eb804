import type { CollectionConfig, Field } from 'payload'

import type { PlansShowing } from '../hooks/publicChange/stampPageUpdated'
import type { Slugs } from '../options/types'
import type { CheckedKind } from '../quality/checkPublication'
import type { ReviewedSlug } from './reviewedCollections'

import { publicationFields } from '../fields/publicationFields'
import { publicContentAccess, withPublishingHooks } from '../collections/publicContent'
import { publicVersions } from '../collections/publicVersions'
import { qualityPanelField } from '../quality/qualityPanelField'
import { withReview } from './withReview'
import { workflowFields } from './workflowFields'

/** How {@link reviewedContent} applies to one collection. */
export type ReviewedContentRecipe = {
  /** The plans whose public page shows a document: their "Sida uppdaterad" follows its publishes. */
  plansShowing?: PlansShowing
  /** The review and quality panels go before this top-level field (at the end without it). */
  panelsBefore?: string
  /** Which quality checks the gate runs before a publish (none for files). */
  quality?: CheckedKind
  slugs: Slugs
}

const insertBefore = (fields: Field[], name: string | undefined, added: Field[]): Field[] => {
  const at = name ? fields.findIndex((field) => 'name' in field && field.name === name) : -1
  return at < 0 ? [...fields, ...added] : [...fields.slice(0, at), ...added, ...fields.slice(at)]
}

/**
 * The one recipe of a reviewed content collection, applied by the plugin to each of them: drafts
 * and versions, staff-only writes and published-only anonymous reads (unless the collection
 * names its own access), the review state, log and panel, four-eyes publishing (`withReview`),
 * the quality gate and its panel (with `quality`), and — for the page's content (`plansShowing`)
 * — who published when and "Sida uppdaterad" on the plans that show it.
 * The collection itself holds only its own fields, hooks and endpoints.
 */
export const reviewedContent = (
  collection: CollectionConfig & { slug: ReviewedSlug },
  { plansShowing, panelsBefore, quality, slugs }: ReviewedContentRecipe,
): CollectionConfig => {
  const panels = [...(quality ? [qualityPanelField()] : []), ...workflowFields(slugs)]
  const fields = insertBefore(collection.fields, panelsBefore, panels)
  return withReview(
    plansShowing
      ? {
          ...collection,
          access: collection.access ?? publicContentAccess,
          fields: [...fields, ...publicationFields(slugs)],
          hooks: withPublishingHooks(plansShowing, collection.hooks),
          versions: publicVersions,
        }
      : { ...collection, fields, versions: collection.versions ?? { drafts: true, maxPerDoc: 20 } },
    { quality },
  )
}
