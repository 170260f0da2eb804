import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { markPublicChange } from './pageCache'

/** After a change to something every page may show (an image, a document): cached pages are stale. */
export const markPublicChangeOnSave: CollectionAfterChangeHook = async ({ doc, req }) => {
  await markPublicChange(req)
  return doc
}

/** After a delete of something pages may show. */
export const markPublicChangeOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await markPublicChange(req)
  return doc
}

/** After a change of the site settings (notice, form texts, contact details). */
export const markPublicChangeOnGlobal: GlobalAfterChangeHook = async ({ doc, req }) => {
  await markPublicChange(req)
  return doc
}
