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
