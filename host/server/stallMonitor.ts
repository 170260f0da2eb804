import type { NextFunction, Request, Response } from 'express'

import fs from 'node:fs'
import { PerformanceObserver } from 'node:perf_hooks'

/** A stall of the event loop at least this long is reported. */
export const STALL_MS = 100

const TICK_MS = 10

/** One stall: how long the event loop was blocked, and the requests it held up. */
export type Stall = {
  at: string
  /** CPU time the main thread spent in that while (a blocked loop spends it; a starved one does not). */
  cpuMs: number
  lagMs: number
  /** Time the main thread was ready to run but waited for a core (the machine's load). */
  waitMs: number
  /** Garbage collection in that while (V8's pauses; part of the CPU time). */
  gcMs: number
  requests: { anonymous: boolean; method: string; path: string }[]
}

type Clock = { cpuMs: number; waitMs: number }

/**
 * The main thread's CPU time and its time waiting for a core (ready to run, the machine busy
 * elsewhere), from Linux's `/proc/thread-self/schedstat` in nanoseconds; elsewhere the process's
 * CPU time (which also counts the garbage collector's and the thread pool's threads) and no wait.
 */
const mainThreadClock = (): Clock => {
  try {
    const [cpu, wait] = fs.readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')
    return { cpuMs: Number(cpu) / 1e6, waitMs: Number(wait) / 1e6 }
  } catch {
    const used = process.cpuUsage()
    return { cpuMs: (used.user + used.system) / 1000, waitMs: 0 }
  }
}

type Entry = { anonymous: boolean; ended?: number; method: string; path: string; started: number }

/**
 * Watches the event loop with a 10 ms timer: a tick that comes more than {@link STALL_MS} late means
 * the loop was blocked that long, less the time its thread waited for a core (which is the
 * machine's load, not the server's doing). Each stall is logged (as a warning, with the routes of the
 * requests it held up — methods and paths, never queries or bodies) and kept; with `reportFile`
 * the stalls are written there as JSON when the server stops, for the test suite's stall budget.
 * `track` is the middleware that records which requests are in flight, anonymous or signed in.
 */
export const monitorStalls = ({
  log,
  reportFile,
}: {
  log: (stall: Stall) => void
  reportFile?: string
}) => {
  const stalls: Stall[] = []
  const active = new Set<Entry>()
  let armed = false
  let last = performance.now()
  let clock = mainThreadClock()
  // Garbage collections of the last seconds (V8 reports them a moment after they ran).
  let collections: { end: number; start: number }[] = []
  const gc = new PerformanceObserver((list) => {
    const since = performance.now() - 5000
    collections = collections.filter((c) => c.end >= since)
    for (const entry of list.getEntries()) {
      collections.push({ end: entry.startTime + entry.duration, start: entry.startTime })
    }
  })
  gc.observe({ entryTypes: ['gc'] })
  const collectedBetween = (from: number, to: number): number =>
    collections.reduce(
      (sum, c) => sum + Math.max(0, Math.min(c.end, to) - Math.max(c.start, from)),
      0,
    )
  const timer = setInterval(() => {
    const now = performance.now()
    const lag = now - last - TICK_MS
    last = now
    const current = mainThreadClock()
    const cpuMs = current.cpuMs - clock.cpuMs
    const waitMs = current.waitMs - clock.waitMs
    clock = current
    // Finished requests are kept a moment: the one that blocked may have ended in that same run.
    // The set is in the order requests started: past the first that started within the second,
    // none has ended before it (under load a scan of all of them each tick cost 3 % of the CPU).
    for (const entry of active) {
      if (entry.started >= now - 1000) break
      if (entry.ended !== undefined && entry.ended < now - 1000) active.delete(entry)
    }
    // Start-up (module loading, the warm-up) is not a request's doing: counted once armed.
    if (lag < STALL_MS || !armed) return
    // The time the main thread waited for a core (the machine's cores busy elsewhere) is the
    // machine's load, not the server's doing; the rest of the lag is: CPU spent without yielding,
    // or synchronous I/O.
    if (lag - waitMs < STALL_MS) return
    const from = now - lag - TICK_MS
    const requests = [...active]
      .filter((e) => e.started <= now && (e.ended === undefined || e.ended >= from))
      .map(({ anonymous, method, path }) => ({ anonymous, method, path }))
    const stall = {
      at: new Date().toISOString(),
      cpuMs: Math.round(cpuMs),
      lagMs: Math.round(lag),
      waitMs: Math.round(waitMs),
      gcMs: 0,
      requests,
    }
    // The observer hears of a collection after the turn it ran in: read them a turn later.
    setTimeout(() => {
      stall.gcMs = Math.round(collectedBetween(from, now))
      stalls.push(stall)
      log(stall)
    }, 0)
  }, TICK_MS)
  timer.unref()
  return {
    /** From now on requests are tracked (the server's own warm-up before is not). */
    arm: (): void => {
      armed = true
    },
    /** Writes the stalls seen to `reportFile` (when the server stops). */
    report: (): void => {
      if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(stalls))
    },
    track: (req: Request, res: Response, next: NextFunction): void => {
      if (!armed) return next()
      const entry: Entry = {
        anonymous: !req.headers.authorization && !/payload-token=/.test(req.headers.cookie ?? ''),
        method: req.method,
        path: req.path.slice(0, 200),
        started: performance.now(),
      }
      active.add(entry)
      res.on('close', () => {
        entry.ended = performance.now()
      })
      next()
    },
  }
}
