import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'

import depthLimit from 'graphql-depth-limit'
import { definePlugin } from 'payload'

import type { CollectionKey, MalOchBudgetPluginOptions, SanitizedOptions } from './options/types'

import { restrictSystemEntities } from './access/restrictSystemEntities'
import { createAuditLogCollection } from './collections/AuditLog'
import { mergeParts } from './collections/parts'
import { refuseInvalidGlobalValues, refuseInvalidValues } from './hooks/refuseInvalidValues'
import { refuseNonObjectData } from './hooks/refuseNonObjectData'
import { withPluginTranslations } from './lib/translations'
import { feedbackFormField } from './feedback/feedbackFormField'
import { koladaSettingsField } from './indicators/koladaSettingsField'
import { planBudgetParts } from './budget/planBudgetParts'
import { planEditionParts } from './editions/planEditionParts'
import {
  planItself,
  planOfDocument,
  plansListingFocusArea,
} from './hooks/publicChange/plansShowing'
import { goalIndicatorParts } from './indicators/goalIndicatorParts'
import type { ReviewedSlug } from './workflow/reviewedCollections'
import { reviewedContent, type ReviewedContentRecipe } from './workflow/reviewedContent'
import { setReviewBy } from './workflow/setReviewBy'
import { createBudgetPlansCollection } from './collections/BudgetPlans'
import { createDocumentsCollection } from './collections/Documents'
import { createFeedbackCollection } from './feedback/Feedback'
import { createFocusAreasCollection } from './collections/FocusAreas'
import { followUpEndpoints } from './followUp/followUpEndpoints'
import { createFollowUpReportsCollection } from './followUp/FollowUpReports'
import { createGoalAssessmentsCollection } from './followUp/GoalAssessments'
import { createGdprRequestsCollection } from './gdpr/GdprRequests'
import { createGoalsCollection } from './collections/Goals'
import { createIndicatorAlertsCollection } from './indicators/collections/IndicatorAlerts'
import { createIndicatorImportsCollection } from './indicators/collections/IndicatorImports'
import { createIndicatorSeriesCollection } from './indicators/collections/IndicatorSeries'
import { createInitiativesCollection } from './collections/Initiatives'
import { createJobLeasesCollection } from './collections/JobLeases'
import { createMediaCollection } from './collections/Media'
import { createPlanDecisionsCollection } from './editions/PlanDecisions'
import { createSavingsMeasuresCollection } from './collections/SavingsMeasures'
import { createUsersCollection, withStaffRoles } from './collections/Users'
import { feedbackEndpoint } from './feedback/feedbackEndpoint'
import { followEndpoints } from './follow/followEndpoints'
import { oembedEndpoint } from './cards/oembed'
import { createSubscriptionsCollection } from './follow/Subscriptions'
import { sendFollowDigestsTask } from './follow/sendDigests'
import { catalogEndpoints } from './publicPage/catalogEndpoint'
import { publicPlanEndpoints } from './publicPage/publicPlanEndpoints'
import { createSiteSettingsGlobal } from './globals/SiteSettings'
import { GRAPHQL_MAX_COMPLEXITY, GRAPHQL_MAX_DEPTH } from './graphql/checkGraphQLRequest'
import { rowCostRule } from './graphql/rowCost'
import { answerExpectedErrors } from './hooks/answerExpectedErrors'
import { boundAnonymousWork } from './hooks/boundAnonymousWork'
import { checkQueryArgs } from './hooks/checkQueryArgs'
import { checkSystemQueries } from './hooks/checkSystemQueries'
import { applyRetentionTask } from './gdpr/applyRetention'
import { claimTick } from './jobs/runDueJobs'
import { importIndicatorsTask } from './indicators/importIndicatorsTask'
import { retryScheduledPublishing } from './workflow/retryScheduledPublishing'
import { sendReviewRemindersTask } from './workflow/sendReviewReminders'
import { mailFollowUpTask, remindFollowUpTask } from './followUp/followUpMail'
import { createPagePublicationsCollection } from './feeds/PagePublications'
import { recordPublicationTask } from './feeds/recordPublication'
import { runnerCron } from './lib/jobClock'
import { hasRole, isStaffUser } from './lib/roles'
import { sanitizeOptions } from './options/defaults'
import { OPTIONS_KEY } from './options/pluginOptionsOf'
import { createPublicChangeMarker } from './hooks/publicChange/PublicChangeMarker'
import { publicPlanQueries } from './publicPage/publicPlanQuery'
import { publishApprovedTask } from './workflow/publishApprovedTask'
import { REVIEW_QUEUE_PATH } from './workflow/reviewQueuePath'
import { reviewWorkflowMutation } from './workflow/reviewWorkflowMutation'

/** Swedish first, English second, when the host has no locales of its own. */
export const DEFAULT_LOCALIZATION: NonNullable<Config['localization']> = {
  defaultLocale: 'sv',
  fallback: true,
  locales: [
    { code: 'sv', label: 'Svenska' },
    { code: 'en', label: 'English' },
  ],
}

type Hooks = NonNullable<CollectionConfig['hooks']>

// Ours first, then the host's: both run.
const mergeHooks = (ours: Hooks = {}, theirs: Hooks = {}): Hooks => {
  const merged: Record<string, unknown[]> = {}
  for (const [name, list] of [...Object.entries(ours), ...Object.entries(theirs)]) {
    merged[name] = [...(merged[name] ?? []), ...(Array.isArray(list) ? list : [])]
  }
  return merged as Hooks
}

/** A host's override of one of our collections: its keys win, its hooks run after ours. */
const overridden = (
  collection: CollectionConfig,
  options: SanitizedOptions,
  key: CollectionKey,
): CollectionConfig => {
  const override = options.overrides[key]
  if (!override) return collection
  const { fields, hooks, ...rest } = override
  return {
    ...collection,
    ...rest,
    access: { ...collection.access, ...rest.access },
    admin: { ...collection.admin, ...rest.admin },
    fields: fields ? fields({ defaultFields: collection.fields }) : collection.fields,
    hooks: mergeHooks(collection.hooks, hooks),
    slug: collection.slug, // already the overridden slug (options.slugs)
  }
}

// `disabled`: the schema stays the same, no hook of ours runs (field hooks included).
const withoutHooks = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    const copy: Field = 'hooks' in field ? { ...field, hooks: undefined } : field
    if ('tabs' in copy) {
      return {
        ...copy,
        tabs: copy.tabs.map((tab) => ({ ...tab, fields: withoutHooks(tab.fields) })),
      }
    }
    if ('blocks' in copy) {
      return { ...copy, blocks: copy.blocks.map((b) => ({ ...b, fields: withoutHooks(b.fields) })) }
    }
    if ('fields' in copy) return { ...copy, fields: withoutHooks(copy.fields) }
    return copy
  })

const behaviour = <T extends CollectionConfig | GlobalConfig>(
  entity: T,
  options: SanitizedOptions,
): T =>
  options.disabled
    ? { ...entity, endpoints: [], fields: withoutHooks(entity.fields), hooks: {} }
    : entity

// Every collection of ours checks the filter, page and id a request carries before anything else,
// and bounds what one anonymous request may read.
const withQueryChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterRead: [boundAnonymousWork, ...(collection.hooks?.afterRead ?? [])],
    beforeOperation: [checkQueryArgs, ...(collection.hooks?.beforeOperation ?? [])],
    beforeValidate: [refuseInvalidValues, ...(collection.hooks?.beforeValidate ?? [])],
  },
})

const pluginCollections = (options: SanitizedOptions): CollectionConfig[] => {
  const { slugs } = options
  // Every reviewed content collection by the one recipe (see reviewedContent).
  const reviewed = (
    collection: CollectionConfig,
    recipe: Omit<ReviewedContentRecipe, 'slugs'>,
  ): CollectionConfig =>
    reviewedContent(collection as CollectionConfig & { slug: ReviewedSlug }, { ...recipe, slugs })
  const made: [CollectionKey, CollectionConfig][] = [
    [
      'budgetPlans',
      reviewed(
        createBudgetPlansCollection(
          options,
          mergeParts(planBudgetParts(slugs), planEditionParts(), {
            hooks: { beforeChange: [setReviewBy] },
          }),
        ),
        { panelsBefore: 'nextYearAction', plansShowing: planItself, quality: 'plan' },
      ),
    ],
    [
      'focusAreas',
      reviewed(createFocusAreasCollection(options), { plansShowing: plansListingFocusArea }),
    ],
    [
      'goals',
      reviewed(createGoalsCollection(options, goalIndicatorParts()), {
        panelsBefore: 'order',
        plansShowing: planOfDocument,
        quality: 'goal',
      }),
    ],
    [
      'initiatives',
      reviewed(createInitiativesCollection(options), {
        panelsBefore: 'order',
        plansShowing: planOfDocument,
        quality: 'initiative',
      }),
    ],
    [
      'savingsMeasures',
      reviewed(createSavingsMeasuresCollection(options), {
        panelsBefore: 'order',
        plansShowing: planOfDocument,
        quality: 'measure',
      }),
    ],
    [
      'followUpReports',
      reviewed(createFollowUpReportsCollection(options), {
        panelsBefore: 'plan',
        plansShowing: planOfDocument,
        quality: 'report',
      }),
    ],
    ['goalAssessments', createGoalAssessmentsCollection(options)],
    ['feedback', createFeedbackCollection(options)],
    ['media', reviewed(createMediaCollection(options), {})],
    ['documents', reviewed(createDocumentsCollection(options), {})],
    ['jobLeases', createJobLeasesCollection(options)],
    ['gdprRequests', createGdprRequestsCollection(options)],
    ['indicatorSeries', createIndicatorSeriesCollection(options)],
    ['indicatorImports', createIndicatorImportsCollection(options)],
    ['indicatorAlerts', createIndicatorAlertsCollection(options)],
    ['planDecisions', createPlanDecisionsCollection(options)],
    ['auditLog', createAuditLogCollection(options)],
    ['pagePublications', createPagePublicationsCollection(options)],
    ['subscriptions', createSubscriptionsCollection(options)],
  ]
  return made.map(([key, collection]) =>
    behaviour(withQueryChecks(overridden(collection, options, key)), options),
  )
}

const install = (config: Config, incoming: MalOchBudgetPluginOptions): Config => {
  const options = sanitizeOptions(incoming, config)
  const hostCollections = config.collections ?? []
  const hostHasStaff = hostCollections.some((c) => c.slug === options.slugs.users)
  const staff = (collection: CollectionConfig) =>
    behaviour(withQueryChecks(withStaffRoles(collection, options)), options)
  const siteSettings = createSiteSettingsGlobal(options, {
    feedbackForm: [feedbackFormField()],
    indicators: [koladaSettingsField()],
  })
  const override = options.overrides.siteSettings
  const globals: GlobalConfig[] = [
    override
      ? {
          ...siteSettings,
          ...override,
          fields: override.fields
            ? override.fields({ defaultFields: siteSettings.fields })
            : siteSettings.fields,
          slug: siteSettings.slug,
        }
      : siteSettings,
    createPublicChangeMarker(options.slugs),
  ]
    .map((global) => ({
      ...global,
      hooks: {
        ...global.hooks,
        beforeOperation: [refuseNonObjectData, ...(global.hooks?.beforeOperation ?? [])],
        beforeValidate: [refuseInvalidGlobalValues, ...(global.hooks?.beforeValidate ?? [])],
      },
    }))
    .map((global) => behaviour(global, options))
  const hostQueries = config.graphQL?.queries
  const hostMutations = config.graphQL?.mutations
  const active = !options.disabled

  return {
    ...config,
    admin: {
      ...config.admin,
      components: active
        ? {
            ...config.admin?.components,
            afterNavLinks: [
              ...(config.admin?.components?.afterNavLinks ?? []),
              'mal-och-budget/admin/rsc#ReviewQueueLink',
            ],
            beforeDashboard: [
              ...(config.admin?.components?.beforeDashboard ?? []),
              'mal-och-budget/admin/rsc#ReviewQueueNotice',
            ],
            views: {
              ...config.admin?.components?.views,
              reviewQueue: {
                Component: 'mal-och-budget/admin/rsc#ReviewQueueView',
                path: REVIEW_QUEUE_PATH,
              },
            },
          }
        : config.admin?.components,
      user: config.admin?.user ?? options.slugs.users,
    },
    collections: [
      ...hostCollections.map((c) => (c.slug === options.slugs.users ? staff(c) : c)),
      ...pluginCollections(options),
      ...(hostHasStaff ? [] : [staff(createUsersCollection(options))]),
    ],
    custom: { ...config.custom, [OPTIONS_KEY]: options },
    endpoints: [
      ...(config.endpoints ?? []),
      ...(active
        ? [
            ...publicPlanEndpoints(),
            ...catalogEndpoints(),
            ...followUpEndpoints(),
            feedbackEndpoint(),
            ...followEndpoints(),
            oembedEndpoint(),
          ]
        : []),
    ],
    globals: [...(config.globals ?? []), ...globals],
    graphQL: {
      ...config.graphQL,
      queries: active
        ? (GraphQL, context) => ({
            ...hostQueries?.(GraphQL, context),
            ...publicPlanQueries(GraphQL, context),
          })
        : hostQueries,
      mutations: active
        ? (GraphQL, context) => ({
            ...hostMutations?.(GraphQL, context),
            ...reviewWorkflowMutation(GraphQL, context),
          })
        : hostMutations,
      // Every GraphQL request is bounded before it runs — its complexity, its depth, its cost
      // counted in rows — whatever the host sets (its own rules and a lower limit kept).
      ...(active && {
        maxComplexity: Math.min(config.graphQL?.maxComplexity ?? Infinity, GRAPHQL_MAX_COMPLEXITY),
      }),
      validationRules: active
        ? (args) => [
            ...(config.graphQL?.validationRules?.(args) ?? []),
            depthLimit(GRAPHQL_MAX_DEPTH),
            rowCostRule(args.variableValues ?? undefined),
          ]
        : config.graphQL?.validationRules,
    },
    hooks: active
      ? { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerExpectedErrors] }
      : config.hooks,
    // The plugin's words in the admin, beside Payload's and the host's own (the host's win).
    i18n: {
      ...config.i18n,
      translations: withPluginTranslations(config.i18n?.translations),
    },
    jobs: {
      ...config.jobs,
      ...jobsRunner(config.jobs, options, active),
      // The tasks stay registered when disabled (they shape the jobs collection), but do nothing.
      tasks: [
        ...(config.jobs?.tasks ?? []),
        ...[
          sendReviewRemindersTask(options),
          mailFollowUpTask(),
          remindFollowUpTask(options),
          applyRetentionTask,
          importIndicatorsTask(options),
          publishApprovedTask(),
          recordPublicationTask(),
          sendFollowDigestsTask,
        ].map((task) => (active ? task : { ...task, handler: () => ({ output: {} }) })),
      ],
    },
    localization: config.localization || DEFAULT_LOCALIZATION,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      if (active) {
        retryScheduledPublishing(payload)
        restrictSystemEntities(payload)
        checkSystemQueries(payload)
      }
    },
  }
}

/**
 * What every host needs of the jobs queue, unless it set it itself: only admins run jobs by
 * hand; staff read the queue (in Swedish, under Administration); and the runner inside the server —
 * every `jobs.intervalSeconds`, with a lease per tick in the database so that of several processes
 * exactly one runs what is due.
 */
const jobsRunner = (
  hostJobs: Config['jobs'],
  options: SanitizedOptions,
  active: boolean,
): Partial<NonNullable<Config['jobs']>> => {
  const { autoRun, intervalSeconds } = options.jobs
  const ownRunner = active && autoRun && hostJobs?.autoRun === undefined
  return {
    access: {
      ...hostJobs?.access,
      run: hostJobs?.access?.run ?? (({ req }) => hasRole(req.user, 'admin')),
    },
    ...(ownRunner && {
      // Scheduled tasks are queued by the process that wins the tick, not by each (two servers
      // queued the daily jobs twice).
      autoRun: [
        { allQueues: true, cron: runnerCron(intervalSeconds), disableScheduling: true, limit: 50 },
      ],
      shouldAutoRun: async (payload) => {
        if (!(await (hostJobs?.shouldAutoRun?.(payload) ?? true))) return false
        if (!(await claimTick(payload, intervalSeconds))) return false
        await payload.jobs.handleSchedules({ allQueues: true })
        return true
      },
    }),
    jobsCollectionOverrides: ({ defaultJobsCollection }) => {
      const staffQueue: CollectionConfig = {
        ...defaultJobsCollection,
        access: {
          ...defaultJobsCollection.access,
          read: ({ req }) => isStaffUser(req.user),
        },
        admin: {
          ...defaultJobsCollection.admin,
          defaultColumns: ['taskSlug', 'waitUntil', 'totalTried', 'hasError', 'completedAt'],
          group: { en: 'Administration', sv: 'Administration' },
          hidden: false,
        },
        labels: { plural: { en: 'Jobs', sv: 'Jobb' }, singular: { en: 'Job', sv: 'Jobb' } },
      }
      return (
        hostJobs?.jobsCollectionOverrides?.({ defaultJobsCollection: staffQueue }) ?? staffQueue
      )
    },
  }
}

const plugin = definePlugin<MalOchBudgetPluginOptions>({
  slug: 'mal-och-budget',
  plugin: ({ config, plugins: _plugins, ...options }) => install(config, options),
})

/**
 * The Mål och budget plugin: the content model with which a municipality publishes its yearly
 * goals and budget (plans, focus areas, goals, initiatives, savings measures, feedback, files,
 * site settings), its public page as REST, GraphQL and open data, feedback handling, scheduled
 * publishing, review reminders and retention — merged into the host's config, never replacing it.
 */
export const malOchBudgetPlugin = (options: MalOchBudgetPluginOptions = {}): Plugin =>
  plugin(options)
