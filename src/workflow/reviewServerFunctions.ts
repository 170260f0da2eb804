import { scheduleWithinReview } from './scheduleWithinReview'

/**
 * Server functions the host's admin layout passes to `handleServerFunctions({ …, serverFunctions })`
 * so the admin's scheduling respects review before publishing (see `scheduleWithinReview`).
 */
export const reviewServerFunctions = { 'schedule-publish': scheduleWithinReview }
