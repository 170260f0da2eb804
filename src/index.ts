/**
 * `mal-och-budget`: the Payload plugin and what a host's own code may use of it. The Express
 * routes are in `mal-och-budget/server`, the public page's React components in
 * `mal-och-budget/site`.
 */
export { malOchBudgetPlugin } from './plugin'
export type {
  CollectionKey,
  CollectionOverride,
  GlobalOverride,
  IndicatorOptions,
  MalOchBudgetPluginOptions,
  SanitizedOptions,
} from './options/types'
export { pluginOptionsOf } from './options/pluginOptionsOf'
export { DEFAULT_SLUGS } from './options/slugs'

export type {
  PublicGoal,
  PublicIndicator,
  PublicInitiative,
  PublicPage,
  PublicSeriesPoint,
} from './shape/publicPageShape'
export { cachedPage as readPublicPage } from './publicPage/cachedPage'
export { forgetPublicChangeMarker } from './hooks/publicChange/pageCache'
export type { PageKey, PublicLocale } from './publicPage/loadPublicPage'
export { publicPlanQueryText } from './publicPage/publicPlanQuery'

export {
  GRAPHQL_MAX_BODY_BYTES,
  GRAPHQL_MAX_COMPLEXITY,
  GRAPHQL_MAX_DEPTH,
} from './graphql/checkGraphQLRequest'
export { guardGraphQL } from './publicPage/answerGraphQL'
export { expectedError } from './lib/errorStatus'
export type { FeedbackRateLimiter, LimitSpec, RateLimitStore, RateVerdict } from './lib/rateLimiter'
export { createMemoryRateLimiter } from './lib/rateLimiter'
export { runDueJobs } from './jobs/runDueJobs'
export { recordQueuedPublications } from './feeds/recordQueuedPublications'
export { JOB_INTERVALS } from './lib/jobClock'
export { hasRole, isStaffUser, mayPublishReviewed, ROLES } from './lib/roles'
export { erasePersonalData, exportPersonalData } from './gdpr/dataSubject'
export type { ImportReport, ImportTrigger } from './indicators/importIndicators'
export { importIndicators, ImportSetupError } from './indicators/importIndicators'
export type { KoladaClient, KoladaClientOptions } from './indicators/kolada/createKoladaClient'
export { createKoladaClient } from './indicators/kolada/createKoladaClient'

// For a host's own content imports (the seed of this app uses them).
export { PAGE_UPDATED_AT } from './hooks/contextKeys'
export { foldSlug } from './lib/foldSlug'
export { takeTurns } from './lib/takeTurns'
export { richTextFromParagraphs } from './lib/richText'
export { PRIVACY_DEFAULT } from './feedback/feedbackFormField'
export { DEFAULT_LICENCE } from './publicPage/openData'

export { reviewDocument } from './workflow/reviewDocument'
export type { ReviewMove, ReviewMoveResult } from './workflow/moveReviewState'
export type { ReviewAction } from './workflow/reviewActions'
export { WorkflowRefused } from './workflow/WorkflowRefused'
