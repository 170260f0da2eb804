import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import type { FeedbackRateLimiter, RateLimitStore } from '../lib/rateLimiter'
import type { DEFAULT_SLUGS } from './slugs'

/** The languages the public page and its API speak. */
export type PublicLocale = 'en' | 'sv'

/** Changes a host makes to one of the plugin's collections, as the official plugins take them. */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'fields'>> & {
  /** The collection's fields, given the plugin's own: add, remove or change some. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** Changes a host makes to one of the plugin's globals. */
export type GlobalOverride = Partial<Omit<GlobalConfig, 'fields'>> & {
  /** The global's fields, given the plugin's own. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

/** The plugin's collections a host may change (`overrides`), by the key used in the options. */
export type CollectionKey =
  | 'auditLog'
  | 'budgetPlans'
  | 'documents'
  | 'feedback'
  | 'focusAreas'
  | 'followUpReports'
  | 'gdprRequests'
  | 'goalAssessments'
  | 'goals'
  | 'indicatorAlerts'
  | 'indicatorImports'
  | 'indicatorSeries'
  | 'initiatives'
  | 'jobLeases'
  | 'media'
  | 'pagePublications'
  | 'planDecisions'
  | 'savingsMeasures'
  | 'subscriptions'

/** Options of the Kolada import (see `indicators` in {@link MalOchBudgetPluginOptions}). */
export type IndicatorOptions = {
  /** Kolada's API root. @default https://api.kolada.se/v3 */
  baseUrl?: string
  /** Comparison group in Kolada (`G` and digits); unset: the site settings' group, if any. */
  groupId?: string
  /** When the daily import runs (six-field cron, seconds first), or false for no schedule. @default '0 0 5 * * *' */
  importSchedule?: false | string
  /** The municipality's Kolada id (four digits); unset: the site settings' id. */
  municipalityId?: string
  /** Attempts after the first on 429, 5xx or a time-out. @default 3 */
  retries?: number
  /** First back-off between attempts, in ms (doubled each time). @default 1000 */
  retryDelayMs?: number
  /** An indicator with no figure newer than this many months (after its year's end) is stale. @default 24 */
  staleAfterMonths?: number
  /** Time-out of one Kolada request, in ms. @default 15000 */
  timeoutMs?: number
  /** How many years back the import reads. @default 10 */
  yearsBack?: number
}

/** Options of {@link malOchBudgetPlugin}; each one has a default. */
export type MalOchBudgetPluginOptions = {
  /**
   * Where residents send feedback from and how often: submissions per client address.
   * `limiter` replaces the in-memory counter (e.g. rate-limiter-flexible's Redis or Mongo store
   * behind a load balancer).
   * @default { perDay: 50, perMinute: 5 } in this process's memory
   */
  feedback?: { limiter?: FeedbackRateLimiter; perDay?: number; perMinute?: number }
  /**
   * Keep the schema (collections, fields, globals) but run none of the plugin's hooks, jobs or
   * endpoints, e.g. while running migrations.
   * @default false
   */
  disabled?: boolean
  /**
   * Indicator figures from Kolada: where from, for which areas, how far back, how often, and
   * when figures count as stale. `municipalityId` and `groupId` win over the site settings.
   * @default { baseUrl: 'https://api.kolada.se/v3', yearsBack: 10, staleAfterMonths: 24, importSchedule: '0 0 5 * * *' }
   */
  indicators?: IndicatorOptions
  /**
   * The jobs runner inside the server (scheduled publishing, review reminders, retention, the
   * Kolada import): unless the host configures `jobs.autoRun` itself, every `intervalSeconds`
   * (one of 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600) one process of the cluster
   * — the one that wins the tick's lease — runs what is due. `autoRun: false` leaves it to
   * `npm run jobs` from cron.
   * @default { autoRun: true, intervalSeconds: 60 }
   */
  jobs?: { autoRun?: boolean; intervalSeconds?: number }
  /**
   * Largest PDF accepted in the documents collection, in megabytes.
   * @default 50
   */
  maxDocumentMegabytes?: number
  /**
   * The organisation's name, pre-filled in the site settings (editable there).
   * @default none — the administrator enters it in the site settings
   */
  organisationName?: string
  /** Changes to the plugin's collections (slug, fields, access, admin, …). @default {} */
  overrides?: Partial<Record<CollectionKey, CollectionOverride>> & { siteSettings?: GlobalOverride }
  /**
   * The public read API's HTTP caching and who may read it from a browser.
   * @default { cacheControl: 'public, max-age=60, stale-while-revalidate=300', origins: '*' }
   */
  publicApi?: { cacheControl?: string; origins?: '*' | string[] }
  /**
   * Where the public page of a plan lives on the site: `${publicPath}/2021`.
   * @default '/mal-och-budget'
   */
  publicPath?: string
  /**
   * The request header in which the host's own server puts the client address it trusts (from the
   * socket or its trusted proxies), overwriting whatever a client sent — the one source of the
   * address that sign-in and feedback limits count by. Unset: the last address in
   * `X-Forwarded-For`, as the proxy in front of the site appends it.
   * @default undefined
   */
  clientAddressHeader?: string
  /**
   * Where the sign-in, password-reset and feedback limits are counted: a maker of
   * rate-limiter-flexible limiters in a store every server process shares (`RateLimiterRedis`,
   * `RateLimiterPostgres`), so that with several processes a limit holds for the whole cluster.
   * @default undefined: each process counts in its own memory
   */
  rateLimitStore?: RateLimitStore
  /**
   * Folder where uploaded images and documents are stored (relative to the working directory).
   * @default './data/uploads'
   */
  uploadDir?: string
  /**
   * The slug of the host's auth collection the plugin adds its `roles` and access to. Unset: the
   * host's auth collection, or — when the host has none — a `users` collection the plugin brings.
   * @default the host's auth collection, else 'users'
   */
  usersCollection?: string
}

/** Every collection and global slug the plugin uses, after overrides. */
/** The slugs in force: the defaults or a host's own names (see `overrides`). */
export type Slugs = { readonly [K in keyof typeof DEFAULT_SLUGS]: string }

/** The options after sanitizing: every value present and checked. */
export type SanitizedOptions = {
  clientAddressHeader: string | undefined
  disabled: boolean
  feedback: { limiter?: FeedbackRateLimiter; perDay: number; perMinute: number }
  jobs: { autoRun: boolean; intervalSeconds: number }
  /** The locales of the public page the site has, Swedish first. */
  locales: PublicLocale[]
  indicators: {
    baseUrl: string
    groupId: string | undefined
    importSchedule: string | undefined
    municipalityId: string | undefined
    retries: number
    retryDelayMs: number
    staleAfterMonths: number
    timeoutMs: number
    yearsBack: number
  }
  maxDocumentBytes: number
  organisationName: string | undefined
  overrides: NonNullable<MalOchBudgetPluginOptions['overrides']>
  publicApi: { cacheControl: string; origins: '*' | string[] }
  publicPath: string
  rateLimitStore: RateLimitStore | undefined
  /** The site's public address (the host config's `serverURL`), for links in e-mails. */
  serverUrl: string
  slugs: Slugs
  uploadDir: string
}
