import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** The verdict on one attempt. */
export type RateVerdict = { allowed: false; retryAfterSeconds: number } | { allowed: true }

/**
 * Counts feedback attempts per client address. The default keeps its counts in this process's
 * memory; behind a load balancer, give every process one shared store instead (see the README:
 * rate-limiter-flexible's RateLimiterMongo or RateLimiterRedis implement the same interface).
 */
export type FeedbackRateLimiter = { consume: (clientKey: string) => Promise<RateVerdict> }

/** Limits per client address: so many a minute and so many a day. */
export type RateLimits = { perDay: number; perMinute: number }

/** The in-memory limiter: both windows must allow an attempt, and every attempt counts. */
export const createMemoryRateLimiter = ({ perDay, perMinute }: RateLimits): FeedbackRateLimiter => {
  const minute = new RateLimiterMemory({
    duration: 60,
    keyPrefix: 'feedback-minute',
    points: perMinute,
  })
  const day = new RateLimiterMemory({
    duration: 24 * 60 * 60,
    keyPrefix: 'feedback-day',
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

// One limiter per process, shared by the Express route and the Next.js form action, which live
// in separately bundled copies of this module.
const KEY = Symbol.for('mal-och-budget.feedbackRateLimiter')
const holder = globalThis as typeof globalThis & {
  [KEY]?: { limiter: FeedbackRateLimiter; limits: string }
}

/** This process's limiter for the given limits. */
export const processRateLimiter = (limits: RateLimits): FeedbackRateLimiter => {
  const id = `${limits.perMinute}/${limits.perDay}`
  if (holder[KEY]?.limits !== id)
    holder[KEY] = { limiter: createMemoryRateLimiter(limits), limits: id }
  return holder[KEY].limiter
}

/** The limiter the site's options name, or this process's in-memory one with their limits. */
export const feedbackLimiterOf = ({
  feedback,
}: {
  feedback: RateLimits & { limiter?: FeedbackRateLimiter }
}): FeedbackRateLimiter => feedback.limiter ?? processRateLimiter(feedback)
