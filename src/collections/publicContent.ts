import type { CollectionConfig } from 'payload'

import type { PlansShowing } from '../hooks/publicChange/stampPageUpdated'

import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { recordPublication } from '../hooks/recordPublication'
import {
  rememberPublicState,
  stampPageUpdatedOnChange,
  stampPageUpdatedOnDelete,
} from '../hooks/publicChange/stampPageUpdated'

/** Access of the public content collections: staff write, everyone reads what is published. */
export const publicContentAccess: CollectionConfig['access'] = {
  create: isStaff,
  delete: isStaff,
  read: publishedOrStaff,
  update: isStaff,
}

/** Admin navigation group of the content collections. */
export const CONTENT_GROUP = { en: 'Goals and budget', sv: 'Mål och budget' }

/**
 * A public content collection's hooks with the publishing lifecycle added: who published and
 * when, and "Sida uppdaterad" on the plans that show the document when a change reaches them.
 */
export const withPublishingHooks = (
  plansShowing: PlansShowing,
  own: NonNullable<CollectionConfig['hooks']> = {},
): CollectionConfig['hooks'] => ({
  ...own,
  afterChange: [stampPageUpdatedOnChange(plansShowing), ...(own.afterChange ?? [])],
  afterDelete: [stampPageUpdatedOnDelete(plansShowing), ...(own.afterDelete ?? [])],
  beforeChange: [recordPublication, rememberPublicState, ...(own.beforeChange ?? [])],
})
