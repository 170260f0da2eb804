import type { CollectionBeforeChangeHook } from 'payload'

/** On publish, records who published (the scheduling editor, for a scheduled publish) and when. */
export const recordPublication: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data._status !== 'published') return data
  return { ...data, publishedAt: new Date().toISOString(), publishedBy: req.user?.id ?? null }
}
