import type { PayloadRequest } from 'payload'

import type { DocumentId } from '../lib/idOf'
import type { ReviewedSlug } from './reviewedCollections'
import type { ReviewState } from './workflowFields'

import { WORKFLOW_STEP } from '../hooks/contextKeys'

/** One line of a document's review history. */
export type ReviewLogEntry = {
  at: string
  by: DocumentId | null
  comment: null | string
  from: string
  to: string
}

/** What was sent for review: the content's hash, and what a plan carries with it. */
export type ReviewPin = {
  at: string
  /** Who sent it: they may not approve it themselves. */
  by: DocumentId | null
  hash: string
  /** Documents carried over to a new plan, never published, submitted with it (their hashes). */
  with: { collection: ReviewedSlug; hash: string; id: DocumentId }[]
}

/** An approval for a later time: the jobs queue publishes the approved versions then. */
export type ScheduledPublish = { at: string; by: DocumentId | null }

/**
 * A write the workflow itself makes on one document (internal): the review rule lets it through,
 * and the document's review bookkeeping is set from it — nothing else writes that bookkeeping.
 */
export type WorkflowStep = {
  collection: ReviewedSlug
  /** The history line this step adds. */
  entry: ReviewLogEntry
  id: DocumentId
  /** The pin this step leaves: a new one (submit), null (cleared) or undefined (kept). */
  pin?: null | ReviewPin
  /** This write publishes the document (an approved version restored as the published one). */
  publish?: true
  /** The scheduled approval this step leaves: set, cleared (null) or kept (undefined). */
  scheduled?: null | ScheduledPublish
  /** The state the document moves to; `restored` keeps the state of the version restored. */
  state: 'restored' | ReviewState
  /** The version this step restores (publishes, or brings back as the latest draft). */
  version?: DocumentId
}

/** The workflow step the request is taking on this document, if any. */
export const stepFor = (
  req: PayloadRequest,
  collection: string,
  id: unknown,
): undefined | WorkflowStep => {
  const step = req.context[WORKFLOW_STEP] as undefined | WorkflowStep
  return step && step.collection === collection && String(step.id) === String(id) ? step : undefined
}

/** The workflow step restoring this version, if any. */
export const stepRestoring = (req: PayloadRequest, version: unknown): undefined | WorkflowStep => {
  const step = req.context[WORKFLOW_STEP] as undefined | WorkflowStep
  return step?.version !== undefined && String(step.version) === String(version) ? step : undefined
}

/** Runs `write` as the workflow's step on one document. */
export const asStep = async <T>(
  req: PayloadRequest,
  step: WorkflowStep,
  write: () => Promise<T>,
): Promise<T> => {
  const before = req.context[WORKFLOW_STEP]
  req.context[WORKFLOW_STEP] = step
  try {
    return await write()
  } finally {
    req.context[WORKFLOW_STEP] = before
  }
}
