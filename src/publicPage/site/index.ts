/**
 * `mal-och-budget/site`: the public page for a host's Next.js app — the page, its feedback form
 * (a server action), the live-preview refresher, and the in-process readers (they use the host's
 * `@payload-config`, as every Payload app has).
 */
export { FeedbackForm } from './FeedbackForm'
export { PlanPage } from './PlanPage'
export { decidedRoute, latestPlanRoute, planNotFound, planRoute } from './planRoutes'
export { latestPublishedYear, readDecidedPlan, readDraftPlan, readPublishedPlan } from './readPlan'
export { RefreshOnSave } from './RefreshOnSave'
// A plain function (not from a client module): the page's server code calls it.
export { parseMonthlyIncome } from '../../lib/monthlyIncome'
