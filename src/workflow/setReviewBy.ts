import type { CollectionBeforeChangeHook } from 'payload'

/** Months after a publish that a page should be reviewed ("bäst före"). */
export const REVIEW_AFTER_MONTHS = 12

/**
 * On publish, moves "granskas senast" to 12 months ahead unless the editor changed it in this
 * very save (then their date stands).
 */
export const setReviewBy: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const editorChoseDate = data.reviewBy && data.reviewBy !== originalDoc?.reviewBy
  if (editorChoseDate) return data
  const reviewBy = new Date()
  reviewBy.setMonth(reviewBy.getMonth() + REVIEW_AFTER_MONTHS)
  return { ...data, reviewBy: reviewBy.toISOString() }
}
