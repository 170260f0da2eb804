/**
 * The slugs of the plugin's collections and globals when no override renames them. Code reads
 * the slugs in force from the sanitized options (`options.slugs`), never from here.
 */
export const DEFAULT_SLUGS = {
  auditLog: 'audit-log',
  budgetPlans: 'budget-plans',
  documents: 'documents',
  feedback: 'feedback',
  focusAreas: 'focus-areas',
  followUpReports: 'follow-up-reports',
  gdprRequests: 'gdpr-requests',
  goalAssessments: 'goal-assessments',
  goals: 'goals',
  indicatorAlerts: 'indicator-alerts',
  indicatorImports: 'indicator-imports',
  indicatorSeries: 'indicator-series',
  initiatives: 'initiatives',
  jobLeases: 'job-leases',
  media: 'media',
  pagePublications: 'page-publications',
  planDecisions: 'plan-decisions',
  publicChangeMarker: 'public-change-marker',
  savingsMeasures: 'savings-measures',
  siteSettings: 'site-settings',
  subscriptions: 'subscriptions',
  users: 'users',
} as const
