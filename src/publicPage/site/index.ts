/**
 * `mal-och-budget/site`: the public page for a host's Next.js app — the routes (given the host's
 * `@payload-config`), the page, its feedback form (it posts to the plugin's feedback endpoint),
 * the live-preview refresher, and the in-process readers (given the host's Payload).
 */
export { AccessibilityStatementPage } from './AccessibilityStatementPage'
export { accessibilityRoute } from './accessibilityRoute'
export { EasyReadPage } from './EasyReadPage'
export { easyReadRoute } from './easyReadRoute'
export { FeedbackForm } from './FeedbackForm'
export { feedRoute } from '../../feeds/feedRoutes'
export { goalCardImageRoute, goalCardRoute } from '../../cards/cardRoutes'
export { PlanPage } from './PlanPage'
export {
  decidedRoute,
  type HostConfig,
  latestPlanRoute,
  planNotFound,
  planRoute,
} from './planRoutes'
export { latestPublishedYear, readDecidedPlan, readDraftPlan, readPublishedPlan } from './readPlan'
export { RefreshOnSave } from './RefreshOnSave'
// A plain function (not from a client module): the page's server code calls it.
export { parseMonthlyIncome } from '../../lib/monthlyIncome'
export { FollowUpPage } from '../../followUp/site/FollowUpPage'
export { followUpRoute } from '../../followUp/site/followUpRoute'
export { readFollowUp } from '../../followUp/readFollowUp'
