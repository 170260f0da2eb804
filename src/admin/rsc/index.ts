/**
 * Server side of the plugin's admin (`mal-och-budget/admin/rsc`): the review queue's components
 * and the server functions the admin layout passes on.
 */
export { ReviewQueueLink } from './ReviewQueueLink'
export { ReviewQueueNotice } from './ReviewQueueNotice'
export { ReviewQueueView } from './ReviewQueueView'
export { reviewServerFunctions } from './reviewServerFunctions'
