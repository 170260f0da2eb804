/** Server components of the plugin's admin (`mal-och-budget/admin/rsc`): the review queue. */
export { ReviewQueueLink } from './ReviewQueueLink'
export { ReviewQueueNotice } from './ReviewQueueNotice'
export { ReviewQueueView } from './ReviewQueueView'
