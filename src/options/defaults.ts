import type { Config } from 'payload'

import path from 'node:path'

import type { CollectionKey, MalOchBudgetPluginOptions, SanitizedOptions } from './types'

import { JOB_INTERVALS } from '../lib/jobClock'
import { DEFAULT_SLUGS } from './slugs'

/** Kolada's open API, version 3. */
export const DEFAULT_KOLADA_BASE_URL = 'https://api.kolada.se/v3'

/** Where the public page lives unless the host says otherwise. */
export const DEFAULT_PUBLIC_PATH = '/mal-och-budget'

/** The public read API's `Cache-Control` unless the host says otherwise. */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

const COLLECTION_KEYS: CollectionKey[] = [
  'auditLog',
  'budgetPlans',
  'documents',
  'feedback',
  'focusAreas',
  'followUpReports',
  'gdprRequests',
  'goalAssessments',
  'goals',
  'indicatorAlerts',
  'indicatorImports',
  'indicatorSeries',
  'initiatives',
  'jobLeases',
  'media',
  'pagePublications',
  'planDecisions',
  'savingsMeasures',
  'subscriptions',
]

const fail = (message: string): never => {
  throw new Error(`[mal-och-budget] ${message}`)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const positive = (name: string, value: unknown, fallback: number, max: number): number => {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    return fail(`\`${name}\` must be a whole number from 1 to ${max}, e.g. ${fallback}.`)
  }
  return value
}

const authCollectionOf = (config: Config, wanted: unknown): string | undefined => {
  const collections = config.collections ?? []
  if (wanted !== undefined) {
    if (typeof wanted !== 'string' || wanted.trim() === '') {
      return fail('`usersCollection` must be the slug of your auth collection, e.g. "users".')
    }
    const found = collections.find((c) => c.slug === wanted)
    if (!found?.auth) {
      return fail(
        `\`usersCollection\` is "${wanted}", but the config has no auth collection with that slug; name one with \`auth\` enabled (${
          collections
            .filter((c) => c.auth)
            .map((c) => `"${c.slug}"`)
            .join(', ') || 'there is none: leave the option out and the plugin brings "users"'
        }).`,
      )
    }
    return wanted
  }
  return collections.find((c) => Boolean(c.auth))?.slug
}

const CRON = /^(\S+\s+){5}\S+$/

const sanitizeIndicators = (
  indicators: MalOchBudgetPluginOptions['indicators'] = {},
): SanitizedOptions['indicators'] => {
  if (!isRecord(indicators)) fail('`indicators` must be an object, e.g. { yearsBack: 10 }.')
  const baseUrl = indicators.baseUrl ?? DEFAULT_KOLADA_BASE_URL
  if (typeof baseUrl !== 'string' || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(baseUrl)) {
    fail(`\`indicators.baseUrl\` must be an http(s) URL, e.g. "${DEFAULT_KOLADA_BASE_URL}".`)
  }
  const { groupId, municipalityId } = indicators
  if (municipalityId !== undefined && !/^\d{4}$/.test(String(municipalityId))) {
    fail('`indicators.municipalityId` must be four digits, e.g. "2083" (Hedemora).')
  }
  if (groupId !== undefined && !/^G\d{1,9}$/.test(String(groupId))) {
    fail('`indicators.groupId` must be a Kolada group id: G and digits, e.g. "G36182".')
  }
  const schedule = indicators.importSchedule ?? '0 0 5 * * *'
  if (schedule !== false && (typeof schedule !== 'string' || !CRON.test(schedule.trim()))) {
    fail(
      '`indicators.importSchedule` must be a six-field cron (seconds first), e.g. "0 0 5 * * *", or false.',
    )
  }
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    groupId,
    importSchedule: schedule === false ? undefined : schedule.trim(),
    municipalityId,
    retries: positive('indicators.retries', indicators.retries, 3, 10),
    retryDelayMs: positive('indicators.retryDelayMs', indicators.retryDelayMs, 1000, 60_000),
    staleAfterMonths: positive('indicators.staleAfterMonths', indicators.staleAfterMonths, 24, 240),
    timeoutMs: positive('indicators.timeoutMs', indicators.timeoutMs, 15_000, 300_000),
    yearsBack: positive('indicators.yearsBack', indicators.yearsBack, 10, 50),
  }
}

const sanitizeJobs = (jobs: MalOchBudgetPluginOptions['jobs'] = {}): SanitizedOptions['jobs'] => {
  if (!isRecord(jobs)) fail('`jobs` must be an object, e.g. { intervalSeconds: 60 }.')
  if (jobs.autoRun !== undefined && typeof jobs.autoRun !== 'boolean')
    fail('`jobs.autoRun` must be true or false.')
  const intervalSeconds = jobs.intervalSeconds ?? 60
  if (!(JOB_INTERVALS as readonly unknown[]).includes(intervalSeconds)) {
    fail(
      `\`jobs.intervalSeconds\` must be one of ${JOB_INTERVALS.join(', ')} (was ${JSON.stringify(intervalSeconds)}).`,
    )
  }
  return { autoRun: jobs.autoRun ?? true, intervalSeconds }
}

/**
 * Fills in defaults and checks the options once, against the host config they are installed in,
 * with errors that say how to fix them.
 */
export const sanitizeOptions = (
  options: MalOchBudgetPluginOptions = {},
  config: Config = {} as Config,
): SanitizedOptions => {
  if (!isRecord(options)) {
    return fail(
      'options must be an object, e.g. malOchBudgetPlugin({ organisationName: "Exempelby kommun" }).',
    )
  }
  if (options.disabled !== undefined && typeof options.disabled !== 'boolean') {
    fail('`disabled` must be true or false.')
  }
  let organisationName: string | undefined
  if (options.organisationName !== undefined) {
    organisationName =
      typeof options.organisationName === 'string' ? options.organisationName.trim() : ''
    if (!organisationName)
      fail('`organisationName` must be a non-empty string, e.g. "Exempelby kommun".')
  }
  const publicPath = options.publicPath ?? DEFAULT_PUBLIC_PATH
  if (typeof publicPath !== 'string' || !/^(\/[a-z0-9][a-z0-9-]*)+$/.test(publicPath)) {
    fail(
      `\`publicPath\` must be a path of lower-case words, e.g. "${DEFAULT_PUBLIC_PATH}" (was ${JSON.stringify(publicPath)}).`,
    )
  }
  if (
    options.uploadDir !== undefined &&
    (typeof options.uploadDir !== 'string' || !options.uploadDir.trim())
  ) {
    fail('`uploadDir` must be a folder path, e.g. "./data/uploads".')
  }
  const cacheControl = options.publicApi?.cacheControl ?? DEFAULT_CACHE_CONTROL
  if (typeof cacheControl !== 'string' || !/^[\w=, -]+$/.test(cacheControl)) {
    fail('`publicApi.cacheControl` must be a Cache-Control value, e.g. "public, max-age=60".')
  }
  const origins = options.publicApi?.origins ?? '*'
  if (
    origins !== '*' &&
    (!Array.isArray(origins) ||
      origins.some((o) => typeof o !== 'string' || !/^https?:\/\/[^/\s]+$/.test(o)))
  ) {
    fail(
      '`publicApi.origins` must be "*" or a list of origins such as ["https://www.exempelby.se"].',
    )
  }
  const { clientAddressHeader } = options
  if (
    clientAddressHeader !== undefined &&
    (typeof clientAddressHeader !== 'string' || !/^[a-z][a-z0-9-]*$/.test(clientAddressHeader))
  ) {
    fail('`clientAddressHeader` must be a lower-case header name, e.g. "x-client-address".')
  }
  if (
    options.feedback?.limiter !== undefined &&
    typeof options.feedback.limiter?.consume !== 'function'
  ) {
    fail('`feedback.limiter` must have a `consume(clientKey)` method (see FeedbackRateLimiter).')
  }
  if (options.rateLimitStore !== undefined && typeof options.rateLimitStore !== 'function') {
    fail(
      '`rateLimitStore` must be a function that makes a rate-limiter-flexible limiter, e.g. (limit) => new RateLimiterRedis({ storeClient, ...limit }).',
    )
  }
  const overrides = options.overrides ?? {}
  if (!isRecord(overrides))
    fail(
      '`overrides` must be an object keyed by collection, e.g. { media: { slug: "budget-media" } }.',
    )
  const unknown = Object.keys(overrides).filter(
    (key) => key !== 'siteSettings' && !COLLECTION_KEYS.includes(key as CollectionKey),
  )
  if (unknown.length > 0) {
    fail(
      `\`overrides\` has unknown key(s) ${unknown.join(', ')}; use ${[...COLLECTION_KEYS, 'siteSettings'].join(', ')}.`,
    )
  }
  const slugOf = (key: CollectionKey | 'siteSettings'): string => {
    const slug = overrides[key]?.slug ?? DEFAULT_SLUGS[key]
    if (typeof slug !== 'string' || !/^[a-z][a-z0-9-]*$/.test(slug)) {
      return fail(
        `\`overrides.${key}.slug\` must be lower-case letters, digits and dashes, e.g. "${DEFAULT_SLUGS[key]}".`,
      )
    }
    return slug
  }
  const slugs = {
    ...DEFAULT_SLUGS,
    ...Object.fromEntries(
      [...COLLECTION_KEYS, 'siteSettings' as const].map((key) => [key, slugOf(key)]),
    ),
    users: authCollectionOf(config, options.usersCollection) ?? DEFAULT_SLUGS.users,
  }
  const taken = (config.collections ?? []).map((c) => c.slug)
  const clash = COLLECTION_KEYS.map((key) => slugs[key]).find((slug) => taken.includes(slug))
  if (clash) {
    const key = COLLECTION_KEYS.find((k) => slugs[k] === clash)
    fail(
      `your config already has a collection "${clash}"; rename ours with \`overrides: { ${key}: { slug: "mob-${clash}" } }\`.`,
    )
  }
  const hostLocales = config.localization
    ? config.localization.locales.map((l) => (typeof l === 'string' ? l : l.code))
    : undefined
  if (hostLocales && !hostLocales.includes('sv')) {
    fail(
      `the site's locales (${hostLocales.join(', ')}) must include "sv": the plan is published in Swedish first.`,
    )
  }
  return {
    clientAddressHeader,
    disabled: options.disabled ?? false,
    feedback: {
      limiter: options.feedback?.limiter,
      perDay: positive('feedback.perDay', options.feedback?.perDay, 50, 100_000),
      perMinute: positive('feedback.perMinute', options.feedback?.perMinute, 5, 10_000),
    },
    indicators: sanitizeIndicators(options.indicators),
    jobs: sanitizeJobs(options.jobs),
    locales: hostLocales?.includes('en') === false ? ['sv'] : ['sv', 'en'],
    maxDocumentBytes:
      positive('maxDocumentMegabytes', options.maxDocumentMegabytes, 50, 1024) * 1024 * 1024,
    organisationName,
    overrides,
    publicApi: { cacheControl, origins },
    publicPath,
    rateLimitStore: options.rateLimitStore,
    serverUrl: (config.serverURL ?? '').replace(/\/+$/, ''),
    slugs,
    uploadDir: path.resolve(options.uploadDir ?? './data/uploads'),
  }
}
