import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import type { FeedbackRateLimiter } from '../feedback/rateLimiter'
import type { PublicLocale } from '../publicPage/loadPublicPage'
import type { DEFAULT_SLUGS } from './slugs'

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
  | 'budgetPlans'
  | 'documents'
  | 'feedback'
  | 'focusAreas'
  | 'gdprRequests'
  | 'goals'
  | 'initiatives'
  | 'jobLeases'
  | 'media'
  | 'savingsMeasures'

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
export type Slugs = typeof DEFAULT_SLUGS

/** The options after sanitizing: every value present and checked. */
export type SanitizedOptions = {
  disabled: boolean
  feedback: { limiter?: FeedbackRateLimiter; perDay: number; perMinute: number }
  /** The locales of the public page the site has, Swedish first. */
  locales: PublicLocale[]
  maxDocumentBytes: number
  organisationName: string | undefined
  overrides: NonNullable<MalOchBudgetPluginOptions['overrides']>
  publicApi: { cacheControl: string; origins: '*' | string[] }
  publicPath: string
  /** The site's public address (the host config's `serverURL`), for links in e-mails. */
  serverUrl: string
  slugs: Slugs
  uploadDir: string
}
