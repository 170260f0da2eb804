import type { RateLimitStore } from 'mal-och-budget'

import { Redis } from 'ioredis'
import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis } from 'rate-limiter-flexible'

import type { Settings } from './settings'

/** The table of the shared limits on PostgreSQL (made by the migrations). */
export const RATE_LIMIT_TABLE = 'mob_rate_limits'

/**
 * Where every server process counts the sign-in, password-reset and feedback limits: Redis when
 * `REDIS_URL` is set, else PostgreSQL when that is the database; with SQLite each process counts
 * in its own memory (one server). When the store cannot be reached a request is counted in the
 * process's memory instead (rate-limiter-flexible's insurance limiter): the limits never go away.
 */
export const createRateLimitStore = (
  settings: Pick<Settings, 'database' | 'redisUrl'>,
): RateLimitStore | undefined => {
  if (settings.redisUrl) {
    const client = new Redis(settings.redisUrl, {
      connectTimeout: 2000,
      enableOfflineQueue: false,
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    })
    // Redis away: the insurance limiter counts meanwhile; ioredis reconnects by itself.
    client.on('error', () => undefined)
    let connecting: Promise<void> | undefined
    return (limit) => {
      connecting ??= client.connect().catch(() => undefined)
      return new RateLimiterRedis({
        ...limit,
        insuranceLimiter: new RateLimiterMemory(limit),
        keyPrefix: `mal-och-budget:${limit.keyPrefix}`,
        storeClient: client,
      })
    }
  }
  const { database } = settings
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: database.url,
      connectionTimeoutMillis: database.connectTimeoutMs ?? 3000,
      max: 2,
      statement_timeout: database.statementTimeoutMs ?? 15_000,
    })
    pool.on('error', () => undefined)
    return (limit) =>
      new RateLimiterPostgres({
        ...limit,
        insuranceLimiter: new RateLimiterMemory(limit),
        storeClient: pool,
        storeType: 'pool',
        tableCreated: true,
        tableName: RATE_LIMIT_TABLE,
      })
  }
  return undefined
}
