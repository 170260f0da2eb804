/**
 * `req.context[PAGE_UPDATED_AT]`: an ISO date that "Sida uppdaterad" is stamped with instead of
 * the current time. The seed and migrations set it to carry a page's real history.
 */
export const PAGE_UPDATED_AT = 'malOchBudget.pageUpdatedAt'

/** `req.context[PUBLIC_STATE]`: what the public could see of documents before this change (internal). */
export const PUBLIC_STATE = 'malOchBudget.publicState'

/**
 * `req.context[SKIP_RELATION_FILTER]`: the caller reads published documents on purpose and filters
 * relations itself (the composed public page), so the per-document relation check is skipped.
 */
export const SKIP_RELATION_FILTER = 'malOchBudget.skipRelationFilter'

/** `req.context[RESET_ASKED_AT]`: when a password-reset request came (internal, for its answer time). */
export const RESET_ASKED_AT = 'malOchBudget.resetAskedAt'

/** `req.context[INDICATOR_CONTEXT]`: the Kolada series and areas read once per request (internal). */
export const INDICATOR_CONTEXT = 'malOchBudget.indicatorContext'

/**
 * `req.context[SKIP_GOAL_STATUS]`: the caller judges the goals' indicators itself (the composed
 * page does, from the series it read), so the per-goal status read is skipped.
 */
export const SKIP_GOAL_STATUS = 'malOchBudget.skipGoalStatus'

/** `req.context[WORKFLOW_STEP]`: the workflow's own write on one document (internal; see `WorkflowStep`). */
export const WORKFLOW_STEP = 'malOchBudget.workflowStep'

/** `req.context[WORK_BOUND]`: what an anonymous request has read so far (internal). */
export const WORK_BOUND = 'malOchBudget.workBound'

/** `req.context[RESTORING_AS_DRAFT]`: the version being restored becomes a draft (internal). */
export const RESTORING_AS_DRAFT = 'malOchBudget.restoringAsDraft'

/**
 * `req.context[PUBLISHING_WITH_REPORT]`: the ids of the goal assessments a follow-up report's publish
 * is publishing now (internal): only these may be saved as published.
 */
export const PUBLISHING_WITH_REPORT = 'malOchBudget.publishingWithReport'
