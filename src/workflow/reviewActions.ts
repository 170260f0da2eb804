import type { ReviewState } from './workflowFields'

import { REVIEW_STATE_OPTIONS } from './workflowFields'

/** What a person can do in the workflow. */
export const REVIEW_ACTIONS = ['submit', 'approve', 'return', 'unschedule', 'unpublish'] as const

/** One workflow action. */
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

const ANY_STATE = ['draft', 'in_review', 'approved', 'returned'] as const

/** From which states each action may be taken, to which state it leads, and who may take it. */
export const ACTION_RULES = {
  approve: { from: ['in_review'], reviewer: true, to: 'approved' },
  return: { from: ['in_review'], reviewer: true, to: 'returned' },
  // Again from "in review" too: what a plan carries may have changed since it was sent.
  submit: {
    from: ['draft', 'in_review', 'returned', 'approved'],
    reviewer: false,
    to: 'in_review',
  },
  // Taking published content down, or calling back an approval for a later time.
  unpublish: { from: ANY_STATE, reviewer: true, to: 'draft' },
  unschedule: { from: ['approved', 'draft'], reviewer: true, to: 'in_review' },
} as const satisfies Record<
  ReviewAction,
  { from: readonly ReviewState[]; reviewer: boolean; to: ReviewState }
>

/** The Swedish name of a review state, as the admin shows it. */
export const reviewStateLabel = (state: string, english = false): string => {
  const label = REVIEW_STATE_OPTIONS.find((o) => o.value === state)?.label
  return (english ? label?.en : label?.sv) ?? state
}
