import type { NextFunction, Request, Response } from 'express'

import fs from 'node:fs'

/** A stall of the event loop at least this long is reported. */
export const STALL_MS = 100

const TICK_MS = 10

/** One stall: how long the event loop was blocked, and the requests it held up. */
export type Stall = {
  at: string
  /** CPU time the process spent in that while (a blocked loop spends it; a starved one does not). */
  cpuMs: number
  lagMs: number
  requests: { anonymous: boolean; method: string; path: string }[]
}

type Entry = { anonymous: boolean; ended?: number; method: string; path: string; started: number }

/**
 * Watches the event loop with a 10 ms timer: a tick that comes more than {@link STALL_MS} late means
 * the loop was blocked that long — unless the process was only descheduled (preempted, using
 * little CPU meanwhile), which is the machine's load, not the server's doing. Each stall is logged (as a warning, with the routes of the
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
  let cpu = process.cpuUsage()
  let preempted = process.resourceUsage().involuntaryContextSwitches
  const timer = setInterval(() => {
    const now = performance.now()
    const lag = now - last - TICK_MS
    last = now
    const used = process.cpuUsage(cpu)
    cpu = process.cpuUsage()
    const switches = process.resourceUsage().involuntaryContextSwitches
    const starved = switches > preempted
    preempted = switches
    const cpuMs = (used.user + used.system) / 1000
    // Finished requests are kept a moment: the one that blocked may have ended in that same run.
    for (const entry of active)
      if (entry.ended !== undefined && entry.ended < now - 1000) active.delete(entry)
    // Start-up (module loading, the warm-up) is not a request's doing: counted once armed.
    if (lag < STALL_MS || !armed) return
    // Descheduled by the OS (the machine's cores busy elsewhere), not blocked by this process: the
    // loop spent little CPU and was preempted. A loop waiting on synchronous I/O is not preempted.
    if (starved && cpuMs < lag / 2) return
    const from = now - lag - TICK_MS
    const requests = [...active]
      .filter((e) => e.started <= now && (e.ended === undefined || e.ended >= from))
      .map(({ anonymous, method, path }) => ({ anonymous, method, path }))
    const stall = {
      at: new Date().toISOString(),
      cpuMs: Math.round(cpuMs),
      lagMs: Math.round(lag),
      requests,
    }
    stalls.push(stall)
    log(stall)
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
