import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** The verdict on one attempt. */
export type RateVerdict = { allowed: false; retryAfterSeconds: number } | { allowed: true }

/**
 * Counts feedback attempts per client address. The default counts in the plugin's
 * `rateLimitStore` when the host gives one (shared by every process), else in this process.
 */
export type FeedbackRateLimiter = { consume: (clientKey: string) => Promise<RateVerdict> }

/** Limits per client address: so many a minute and so many a day. */
export type RateLimits = { perDay: number; perMinute: number }

/** One limit: so many points (attempts) per `duration` seconds, counted under `keyPrefix`. */
export type LimitSpec = { duration: number; keyPrefix: string; points: number }

/**
 * Makes the counter of one limit in a store every server process shares — rate-limiter-flexible's
 * `RateLimiterRedis` or `RateLimiterPostgres` with these options — so that with several processes
 * behind a load balancer a limit holds for the whole cluster. Without one, each process counts in
 * its own memory.
 */
export type RateLimitStore = (limit: LimitSpec) => RateLimiterAbstract

// One in-memory limiter per limit and process, shared by the server's and Next.js's bundled copies
// of this module; a store's limiters, one per limit and store (the store shares the counts).
const MEMORY = Symbol.for('mal-och-budget.memoryLimiters')
const holder = globalThis as typeof globalThis & {
  [MEMORY]?: Map<string, RateLimiterAbstract>
}
const inMemory: Map<string, RateLimiterAbstract> = (holder[MEMORY] ??= new Map())
const inStores = new WeakMap<RateLimitStore, Map<string, RateLimiterAbstract>>()

/** The counter of one limit: in the shared store when there is one, else in this process. */
export const limiterFor = (
  store: RateLimitStore | undefined,
  limit: LimitSpec,
): RateLimiterAbstract => {
  const id = `${limit.keyPrefix}:${limit.points}/${limit.duration}`
  let made = inMemory
  if (store) {
    made = inStores.get(store) ?? new Map()
    inStores.set(store, made)
  }
  let limiter = made.get(id)
  if (!limiter) {
    limiter = store ? store(limit) : new RateLimiterMemory(limit)
    made.set(id, limiter)
  }
  return limiter
}

/** Feedback's limiter: both windows must allow an attempt, and every attempt counts. */
export const createRateLimiter = (
  { perDay, perMinute }: RateLimits,
  store?: RateLimitStore,
  /** What is counted: each its own counters (`feedback`, `follow`). */
  name = 'feedback',
): FeedbackRateLimiter => {
  const minute = limiterFor(store, {
    duration: 60,
    keyPrefix: `${name}-minute`,
    points: perMinute,
  })
  const day = limiterFor(store, {
    duration: 24 * 60 * 60,
    keyPrefix: `${name}-day`,
    points: perDay,
  })
  return {
    consume: async (clientKey) => {
      try {
        await minute.consume(clientKey)
        await day.consume(clientKey)
        return { allowed: true }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          }
        }
        throw rejection
      }
    },
  }
}

/** The in-memory limiter of one process. */
export const createMemoryRateLimiter = (limits: RateLimits): FeedbackRateLimiter =>
  createRateLimiter(limits)

/** The limiter the site's options name, or this process's in-memory one with their limits. */
export const feedbackLimiterOf = ({
  feedback,
  rateLimitStore,
}: {
  feedback: RateLimits & { limiter?: FeedbackRateLimiter }
  rateLimitStore?: RateLimitStore
}): FeedbackRateLimiter => feedback.limiter ?? createRateLimiter(feedback, rateLimitStore)

/** The limiter of requests to follow a page by e-mail: the feedback's limits, counted apart. */
export const followLimiterOf = ({
  feedback,
  rateLimitStore,
}: {
  feedback: RateLimits
  rateLimitStore?: RateLimitStore
}): FeedbackRateLimiter => createRateLimiter(feedback, rateLimitStore, 'follow')
