import path from 'node:path'
import { JOB_INTERVALS } from 'mal-och-budget'
import { z } from 'zod'

import { ConfigError } from './ConfigError'
import { type DatabaseTarget, parseDatabaseUrl, redactUrl } from './databaseUrl'

/** Where e-mail goes: an SMTP server, or (without SMTP settings) the log. */
export type EmailSettings = {
  /** Sender, e.g. `Hedemora kommun <no-reply@hedemora.se>`. @default Mål och budget <no-reply@localhost> */
  from: { address: string; name: string }
  smtp?: { host: string; password?: string; port: number; secure: boolean; user?: string }
}

/** How the jobs queue (scheduled publishing, reminders, clean-up) is run. */
export type JobSettings = {
  /** Run due jobs inside the server. @default true */
  autorun: boolean
  /** How often the runner looks for due jobs, in seconds (divides a minute or an hour). @default 60 */
  intervalSeconds: number
}

/** Everything the product reads from the environment, checked once at start-up. */
export type Settings = {
  database: DatabaseTarget
  email: EmailSettings
  /** Interface the HTTP server listens on. @default 127.0.0.1 in development, 0.0.0.0 in production */
  host: string
  /** Resident feedback: submissions allowed per client address. */
  feedback: { perDay: number; perMinute: number }
  /** Indicator figures from Kolada (see the plugin's `indicators` option). */
  indicators: {
    baseUrl?: string
    groupId?: string
    importSchedule?: false | string
    municipalityId?: string
    retryDelayMs?: number
    staleAfterMonths?: number
    yearsBack?: number
  }
  isProduction: boolean
  jobs: JobSettings
  /** The municipality, pre-filled in the site settings. @default Hedemora kommun */
  organisationName: string
  /** Lowest log level written (`fatal` … `trace`). @default info */
  logLevel: 'debug' | 'error' | 'fatal' | 'info' | 'trace' | 'warn'
  /** @default 3000 */
  port: number
  /** The public read API's HTTP caching and cross-origin rules. */
  publicApi: {
    /** `Cache-Control` of public answers. @default public, max-age=60, stale-while-revalidate=300 */
    cacheControl: string
    /** Origins that may read the public API from a browser; `*` for any. @default * */
    origins: '*' | string[]
  }
  /**
   * `REDIS_URL`: where every server process counts the sign-in, reset and feedback limits (else
   * in PostgreSQL when that is the database, else in each process's memory).
   */
  redisUrl: string | undefined
  /** `PAYLOAD_SECRET`, or undefined in development where a generated one is used. */
  secret: string | undefined
  /** Public base URL, used in links (e-mails, admin). @default http://localhost:PORT */
  serverUrl: string
  /**
   * Which proxies to trust for the client address (`X-Forwarded-For`): false (none), a number of
   * hops, or a list of addresses/subnets, as Express's `trust proxy`. @default false
   */
  trustProxy: boolean | number | string[]
  /** Folder of uploaded images and documents. @default ./data/uploads */
  uploadDir: string
}

/** Shortest secret accepted in production. */
export const MIN_SECRET_LENGTH = 32

const portSchema = z.coerce.number().int().min(1).max(65535)

/** Runner intervals that line up with the clock, so every process ticks at the same moments. */
export { JOB_INTERVALS }

const parseBoolean = (name: string, value: string | undefined, fallback: boolean): boolean => {
  const v = value?.trim().toLowerCase()
  if (!v) return fallback
  if (['1', 'true', 'yes', 'on'].includes(v)) return true
  if (['0', 'false', 'no', 'off'].includes(v)) return false
  throw new ConfigError(
    `${name}="${value}" must be true or false. ${name} måste vara true eller false.`,
  )
}

const parseFrom = (value: string | undefined): EmailSettings['from'] => {
  const raw = value?.trim() || 'Mål och budget <no-reply@localhost>'
  const match = /^(?:"?([^"<]*)"?\s*)?<([^<>\s]+@[^<>\s]+)>$|^([^<>\s]+@[^<>\s]+)$/.exec(raw)
  if (!match) {
    throw new ConfigError(
      `EMAIL_FROM="${value}" is not an address; use e.g. "Hedemora kommun <no-reply@hedemora.se>". EMAIL_FROM måste vara en e-postadress.`,
    )
  }
  return { address: match[2] ?? match[3], name: (match[1] ?? '').trim() || 'Mål och budget' }
}

const readEmail = (env: Record<string, string | undefined>): EmailSettings => {
  const from = parseFrom(env.EMAIL_FROM)
  const host = env.SMTP_HOST?.trim()
  if (!host) return { from }
  const port = portSchema.safeParse(env.SMTP_PORT?.trim() || '587')
  if (!port.success) {
    throw new ConfigError(
      `SMTP_PORT="${env.SMTP_PORT}" is not a port number (e.g. 587). SMTP_PORT måste vara ett portnummer.`,
    )
  }
  const user = env.SMTP_USER?.trim() || undefined
  return {
    from,
    smtp: {
      host,
      password: user ? env.SMTP_PASSWORD : undefined,
      port: port.data,
      secure: parseBoolean('SMTP_SECURE', env.SMTP_SECURE, port.data === 465),
      user,
    },
  }
}

const readPublicApi = (env: Record<string, string | undefined>): Settings['publicApi'] => {
  const cacheControl =
    env.PUBLIC_CACHE_CONTROL?.trim() || 'public, max-age=60, stale-while-revalidate=300'
  if (!/^[\w=, -]+$/.test(cacheControl)) {
    throw new ConfigError(
      `PUBLIC_CACHE_CONTROL="${cacheControl}" is not a Cache-Control value, e.g. "public, max-age=60". PUBLIC_CACHE_CONTROL är inget giltigt värde.`,
    )
  }
  const raw = env.PUBLIC_SITE_ORIGINS?.trim() || '*'
  if (raw === '*') return { cacheControl, origins: '*' }
  const origins = raw.split(',').map((o) => o.trim().replace(/\/+$/, ''))
  const bad = origins.find((o) => !/^https?:\/\/[^/\s]+$/.test(o))
  if (bad !== undefined) {
    throw new ConfigError(
      `PUBLIC_SITE_ORIGINS contains "${bad}", which is not an origin; list origins like https://www.hedemora.se, separated by commas, or use *. PUBLIC_SITE_ORIGINS innehåller ett ogiltigt ursprung.`,
    )
  }
  return { cacheControl, origins }
}

const positiveInt = (
  name: string,
  value: string | undefined,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number => {
  const raw = value?.trim() || String(fallback)
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'of at least 1' : `from 1 to ${max}`
    const område = max === Number.MAX_SAFE_INTEGER ? 'minst 1' : `1–${max}`
    throw new ConfigError(
      `${name}="${value}" must be a whole number ${range}, e.g. ${fallback}. ${name} måste vara ett heltal (${område}).`,
    )
  }
  return n
}

const readTrustProxy = (value: string | undefined): Settings['trustProxy'] => {
  const raw = value?.trim() || 'false'
  if (raw === 'false') return false
  if (raw === 'true') return true
  if (/^\d+$/.test(raw)) return Number(raw)
  const list = raw.split(',').map((p) => p.trim())
  if (list.every((p) => /^[\d.:a-f/]+$|^(loopback|linklocal|uniquelocal)$/i.test(p))) return list
  throw new ConfigError(
    `TRUST_PROXY="${raw}" is not understood: use false, a number of proxy hops (e.g. 1), or addresses/subnets such as 10.0.0.0/8. TRUST_PROXY har ett ogiltigt värde.`,
  )
}

const readPostgres = (
  target: Extract<DatabaseTarget, { kind: 'postgres' }>,
  env: Record<string, string | undefined>,
): DatabaseTarget => {
  const replicas = (env.DATABASE_READ_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  for (const url of replicas) {
    const replica = parseDatabaseUrl(url)
    if (replica.kind !== 'postgres') {
      throw new ConfigError(
        `DATABASE_READ_URLS: "${redactUrl(url)}" is not a PostgreSQL URL; give postgres://… replicas, comma-separated. DATABASE_READ_URLS får bara innehålla PostgreSQL-adresser.`,
      )
    }
  }
  return {
    ...target,
    connectTimeoutMs: positiveInt('PG_CONNECT_TIMEOUT_MS', env.PG_CONNECT_TIMEOUT_MS, 3_000),
    poolMax: positiveInt('PG_POOL_MAX', env.PG_POOL_MAX, 10),
    poolWaitMs: positiveInt('PG_POOL_WAIT_MS', env.PG_POOL_WAIT_MS, 10_000),
    ...(replicas.length ? { readReplicas: replicas } : {}),
    statementTimeoutMs: positiveInt('PG_STATEMENT_TIMEOUT_MS', env.PG_STATEMENT_TIMEOUT_MS, 15_000),
  }
}

const readDatabase = (env: Record<string, string | undefined>): DatabaseTarget => {
  const target = parseDatabaseUrl(env.DATABASE_URL)
  if (target.kind === 'postgres') return readPostgres(target, env)
  if (env.DATABASE_READ_URLS?.trim()) {
    throw new ConfigError(
      `DATABASE_READ_URLS is set, but read replicas need PostgreSQL (DATABASE_URL=postgres://…); remove it. DATABASE_READ_URLS kräver PostgreSQL.`,
    )
  }
  if (target.kind !== 'sqlite') return target
  return {
    ...target,
    busyTimeoutMs: positiveInt('SQLITE_BUSY_TIMEOUT_MS', env.SQLITE_BUSY_TIMEOUT_MS, 10_000),
  }
}

const readRedisUrl = (value: string | undefined): string | undefined => {
  const raw = value?.trim()
  if (!raw) return undefined
  if (!/^rediss?:\/\/[^\s/]*/.test(raw)) {
    throw new ConfigError(
      `REDIS_URL="${redactUrl(raw)}" is not a Redis URL; use redis://host:6379 (or rediss:// for TLS), or leave it unset. REDIS_URL måste vara en redis://-adress.`,
    )
  }
  return raw
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const

const readLogLevel = (value: string | undefined): Settings['logLevel'] => {
  const level = LOG_LEVELS.find((l) => l === (value?.trim() || 'info'))
  if (!level)
    throw new ConfigError(
      `LOG_LEVEL="${value}" must be one of ${LOG_LEVELS.join(', ')}. LOG_LEVEL har ett ogiltigt värde.`,
    )
  return level
}

const readJobs = (env: Record<string, string | undefined>): JobSettings => {
  const raw = env.JOBS_INTERVAL_SECONDS?.trim() || '60'
  const interval = Number(raw)
  if (!(JOB_INTERVALS as readonly number[]).includes(interval)) {
    throw new ConfigError(
      `JOBS_INTERVAL_SECONDS="${raw}" must be one of ${JOB_INTERVALS.join(', ')}. JOBS_INTERVAL_SECONDS måste vara ett av dessa värden.`,
    )
  }
  return {
    autorun: parseBoolean('JOBS_AUTORUN', env.JOBS_AUTORUN, true),
    intervalSeconds: interval,
  }
}

const readIndicators = (env: Record<string, string | undefined>): Settings['indicators'] => {
  const baseUrl = env.KOLADA_BASE_URL?.trim() || undefined
  if (baseUrl && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(baseUrl)) {
    throw new ConfigError(
      `KOLADA_BASE_URL="${baseUrl}" is not an http(s) URL; use e.g. https://api.kolada.se/v3. KOLADA_BASE_URL måste vara en http(s)-adress.`,
    )
  }
  const municipalityId = env.KOLADA_MUNICIPALITY_ID?.trim() || undefined
  if (municipalityId && !/^\d{4}$/.test(municipalityId)) {
    throw new ConfigError(
      `KOLADA_MUNICIPALITY_ID="${municipalityId}" must be four digits, e.g. 2083 (Hedemora). KOLADA_MUNICIPALITY_ID är fyra siffror.`,
    )
  }
  const groupId = env.KOLADA_GROUP_ID?.trim() || undefined
  if (groupId && !/^G\d{1,9}$/.test(groupId)) {
    throw new ConfigError(
      `KOLADA_GROUP_ID="${groupId}" must be a Kolada group id, G and digits (e.g. G36182). KOLADA_GROUP_ID är G följt av siffror.`,
    )
  }
  const schedule = env.KOLADA_IMPORT_CRON?.trim() || undefined
  if (schedule && schedule !== 'off' && !/^(\S+\s+){5}\S+$/.test(schedule)) {
    throw new ConfigError(
      `KOLADA_IMPORT_CRON="${schedule}" must be a six-field cron (seconds first), e.g. "0 0 5 * * *", or off. KOLADA_IMPORT_CRON har ett ogiltigt värde.`,
    )
  }
  const optional = (name: string, value: string | undefined, fallback: number, max: number) => {
    if (!value?.trim()) return undefined
    const n = positiveInt(name, value, fallback)
    if (n > max) {
      throw new ConfigError(
        `${name}="${value}" is too large: use a whole number from 1 to ${max}. ${name} får vara högst ${max}.`,
      )
    }
    return n
  }
  return {
    baseUrl,
    groupId,
    importSchedule: schedule === 'off' ? false : schedule,
    municipalityId,
    retryDelayMs: optional('KOLADA_RETRY_DELAY_MS', env.KOLADA_RETRY_DELAY_MS, 1000, 60_000),
    staleAfterMonths: optional('INDICATOR_STALE_MONTHS', env.INDICATOR_STALE_MONTHS, 24, 240),
    yearsBack: optional('KOLADA_YEARS_BACK', env.KOLADA_YEARS_BACK, 10, 50),
  }
}

/** Reads and checks the environment; throws a {@link ConfigError} naming the variable and the fix. */
export const readSettings = (env: Record<string, string | undefined> = process.env): Settings => {
  const isProduction = env.NODE_ENV === 'production'
  // `next build` evaluates the config to collect pages but serves nothing: it needs no secret.
  const isBuild = env.NEXT_PHASE === 'phase-production-build'

  const portResult = portSchema.safeParse(env.PORT?.trim() || '3000')
  if (!portResult.success) {
    throw new ConfigError(
      `PORT="${env.PORT}" is not a port number; set PORT to a whole number 1–65535. ` +
        `PORT måste vara ett heltal 1–65535.`,
    )
  }
  const port = portResult.data

  const secret = env.PAYLOAD_SECRET?.trim() || undefined
  if (isProduction && !isBuild && (!secret || secret.length < MIN_SECRET_LENGTH)) {
    throw new ConfigError(
      `PAYLOAD_SECRET is ${secret ? 'too short' : 'not set'}. In production set PAYLOAD_SECRET to a random string of at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -hex 32\`. ` +
        `PAYLOAD_SECRET saknas eller är för kort: ange minst ${MIN_SECRET_LENGTH} slumpmässiga tecken.`,
    )
  }

  const serverUrl = (env.SERVER_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '')
  if (!/^https?:\/\/[^/\s]+/.test(serverUrl)) {
    throw new ConfigError(
      `SERVER_URL="${env.SERVER_URL}" is not an http(s) URL; set it to the public address, e.g. https://mal.hedemora.se. ` +
        `SERVER_URL måste vara en http(s)-adress.`,
    )
  }

  return {
    database: readDatabase(env),
    email: readEmail(env),
    feedback: {
      // The plugin's own bounds (its options feedback.perDay and feedback.perMinute).
      perDay: positiveInt('FEEDBACK_RATE_PER_DAY', env.FEEDBACK_RATE_PER_DAY, 50, 100_000),
      perMinute: positiveInt('FEEDBACK_RATE_PER_MINUTE', env.FEEDBACK_RATE_PER_MINUTE, 5, 10_000),
    },
    host: env.HOST?.trim() || (isProduction ? '0.0.0.0' : '127.0.0.1'),
    indicators: readIndicators(env),
    isProduction,
    jobs: readJobs(env),
    logLevel: readLogLevel(env.LOG_LEVEL),
    organisationName: env.ORGANISATION_NAME?.trim() || 'Hedemora kommun',
    port,
    publicApi: readPublicApi(env),
    redisUrl: readRedisUrl(env.REDIS_URL),
    secret,
    serverUrl,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    uploadDir: path.resolve(env.UPLOAD_DIR?.trim() || './data/uploads'),
  }
}
