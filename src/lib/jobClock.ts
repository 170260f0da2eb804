/** The runner intervals that divide a minute or an hour, so every process ticks at the same moments. */
export const JOB_INTERVALS = [5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600] as const

/**
 * The cron expression (with seconds) that fires every `intervalSeconds`, aligned to the clock so
 * that all server processes tick at the same moments: 30 → `*\/30 * * * * *`, 300 → `0 *\/5 * * * *`.
 */
export const runnerCron = (intervalSeconds: number): string => {
  if (intervalSeconds < 60) return `*/${intervalSeconds} * * * * *`
  if (intervalSeconds < 3600) return `0 */${intervalSeconds / 60} * * * *`
  return '0 0 * * * *'
}

/**
 * The number of the runner tick an instant belongs to. Processes that fire "at the same tick"
 * (within half an interval of each other) get the same number, so only one of them wins it.
 */
export const tickNumber = (now: Date, intervalSeconds: number): number =>
  Math.floor((now.getTime() + (intervalSeconds * 1000) / 2) / (intervalSeconds * 1000))
