/**
 * Server side of the plugin's admin (`mal-och-budget/admin/rsc`): the review queue's components
 * and the server functions the admin layout passes on.
 */
export { ReviewQueueLink } from '../../workflow/ReviewQueueLink'
export { ReviewQueueNotice } from '../../workflow/ReviewQueueNotice'
export { ReviewQueueView } from '../../workflow/ReviewQueueView'
export { reviewServerFunctions } from '../../workflow/reviewServerFunctions'
