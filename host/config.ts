import type { SanitizedConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import type { Settings } from './settings'

import depthLimit from 'graphql-depth-limit'

import { isStaff } from '../src/access/isStaff'
import { createDatabaseAdapter } from './database'
import { GRAPHQL_MAX_COMPLEXITY, GRAPHQL_MAX_DEPTH } from '../src/graphql/checkGraphQLRequest'
import { createEmailAdapter } from './email/createEmailAdapter'
import { publicPlanQueries } from '../src/publicPage/publicPlanQuery'
import { applyRetentionTask } from '../src/jobs/applyRetention'
import { claimTick } from '../src/jobs/runDueJobs'
import { sendReviewRemindersTask } from '../src/jobs/sendReviewReminders'
import { loggerConfig } from './logging/loggerConfig'
import { runnerCron } from '../src/lib/jobClock'
import { hasRole } from '../src/lib/roles'
import { loadOrCreateDevSecret } from './devSecret'
import { malOchBudgetPlugin } from '../src/plugin'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

const resolveSecret = (settings: Settings): string => {
  if (settings.secret) return settings.secret
  // `next build` evaluates the config but serves nothing, so it needs no real secret.
  if (isBuildPhase()) return 'build-time-placeholder-never-used-to-sign-anything'
  const dataDir =
    settings.database.kind === 'sqlite'
      ? path.dirname(settings.database.filePath)
      : path.resolve('data')
  const { created, file, secret } = loadOrCreateDevSecret(dataDir)
  if (created) {
    console.warn(
      `[mal-och-budget] PAYLOAD_SECRET is not set: generated a development secret in ${file}. ` +
        'Set PAYLOAD_SECRET in production.',
    )
  }
  return secret
}

/** How many times a failing job is tried again before it is shown as failed. */
export const JOB_RETRIES = 3

/** The whole Payload config of the app, built from checked settings (see `readSettings`). */
export const buildAppConfig = async (settings: Settings): Promise<SanitizedConfig> => {
  const config = await buildConfig({
    admin: {
      avatar: 'default',
      importMap: {
        baseDir: root,
        importMapFile: path.resolve(root, 'app/(payload)/admin/importMap.js'),
      },
      timezones: {
        defaultTimezone: 'Europe/Stockholm',
        supportedTimezones: [{ label: 'Stockholm', value: 'Europe/Stockholm' }],
      },
      meta: {
        defaultOGImageType: 'off',
        description: 'Mål och budget – kommunens mål, budget och uppföljning',
        titleSuffix: '– Mål och budget',
      },
    },
    db: createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    email: createEmailAdapter(settings.email),
    graphQL: {
      disablePlaygroundInProduction: true,
      maxComplexity: GRAPHQL_MAX_COMPLEXITY,
      queries: publicPlanQueries,
      validationRules: () => [depthLimit(GRAPHQL_MAX_DEPTH)],
    },
    jobs: {
      access: { run: ({ req }) => hasRole(req.user, 'admin') },
      autoRun: [{ allQueues: true, cron: runnerCron(settings.jobs.intervalSeconds), limit: 50 }],
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        access: { ...defaultJobsCollection.access, read: isStaff },
        admin: {
          ...defaultJobsCollection.admin,
          defaultColumns: ['taskSlug', 'waitUntil', 'totalTried', 'hasError', 'completedAt'],
          group: { en: 'Administration', sv: 'Administration' },
          hidden: false,
        },
        labels: { plural: { en: 'Jobs', sv: 'Jobb' }, singular: { en: 'Job', sv: 'Jobb' } },
      }),
      shouldAutoRun: (payload) =>
        settings.jobs.autorun && claimTick(payload, settings.jobs.intervalSeconds),
      tasks: [sendReviewRemindersTask(settings.serverUrl), applyRetentionTask],
    },
    i18n: {
      fallbackLanguage: 'sv',
      supportedLanguages: { en, sv },
    },
    logger: loggerConfig(settings),
    plugins: [malOchBudgetPlugin({ uploadDir: settings.uploadDir })],
    secret: resolveSecret(settings),
    serverURL: settings.serverUrl,
    sharp,
    telemetry: false,
    typescript: {
      autoGenerate: false,
      outputFile: path.resolve(root, 'src/payload-types.ts'),
    },
  })
  // Payload adds its scheduled-publish task without retries; a publish that fails (a locked
  // database, a hook error) should be tried again before it is shown as failed.
  return {
    ...config,
    jobs: {
      ...config.jobs,
      tasks: (config.jobs.tasks ?? []).map((task) =>
        task.slug === 'schedulePublish' && task.retries === undefined
          ? { ...task, retries: JOB_RETRIES }
          : task,
      ),
    },
  }
}
