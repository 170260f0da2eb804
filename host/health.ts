import type { Payload } from 'payload'

import { monitorEventLoopDelay } from 'node:perf_hooks'

import type { DatabaseTarget } from './databaseUrl'

import { pluginOptionsOf } from 'mal-och-budget'
import { databaseFileWatch } from './database/databaseFileWatch'

/** What `GET /healthz` answers. */
export type HealthReport = {
  database: DatabaseTarget['kind']
  /** The longest time the event loop was blocked since the previous report, in ms. */
  maxEventLoopDelayMs: number
} & ({ reason: string; status: 'unavailable' } | { status: 'ok' })

const loopDelay = monitorEventLoopDelay({ resolution: 10 })
loopDelay.enable()

/** The longest event-loop delay since the previous call, in whole ms (the monitor's 10 ms tick excluded). */
const takeMaxLoopDelay = (): number => {
  const max = Math.max(0, Math.round(loopDelay.max / 1e6) - 10)
  loopDelay.reset()
  return max
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the database did not answer within ${ms} ms`)),
      ms,
    )
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

/**
 * A real round trip to the database, bounded in time. For SQLite also whether the file at the
 * configured path is still the one the server opened — found with `stat`, never by opening it
 * (see databaseFileWatch): an open connection keeps working on a moved or deleted file while a
 * restart or a second process would not find the data.
 */
export const checkHealth = async (
  payload: Payload,
  target: DatabaseTarget,
  timeoutMs = target.kind === 'postgres' ? 900 : 2000,
): Promise<HealthReport> => {
  try {
    if (target.kind === 'sqlite') {
      const problem = databaseFileWatch(target.filePath).problem()
      if (problem) throw new Error(problem)
    }
    const { slugs } = pluginOptionsOf(payload.config)
    await withTimeout(payload.count({ collection: slugs.users, overrideAccess: true }), timeoutMs)
    return { database: target.kind, maxEventLoopDelayMs: takeMaxLoopDelay(), status: 'ok' }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      database: target.kind,
      maxEventLoopDelayMs: takeMaxLoopDelay(),
      reason,
      status: 'unavailable',
    }
  }
}

/**
 * `checkHealth` for a probe that anyone may send: one database round trip at a time however many
 * probes come (a load balancer's, a monitor's, a stranger's flood). A probe that arrives while a
 * check runs waits for the next check, which starts when that one ends and answers every probe
 * that waited — so no answer is older than its probe.
 */
export const sharedHealthCheck = (payload: Payload, target: DatabaseTarget) => {
  let running: Promise<HealthReport> | undefined
  let queued: Promise<HealthReport> | undefined
  const run = (): Promise<HealthReport> => {
    const check = checkHealth(payload, target)
    running = check
    void check.finally(() => {
      if (running === check) running = undefined
    })
    return check
  }
  return (): Promise<HealthReport> => {
    if (!running) return run()
    queued ??= running.then(() => {
      queued = undefined
      return run()
    })
    return queued
  }
}
