import { DatabaseBusyError } from './databaseErrors'

/** True for SQLite's "database is locked" answers (SQLITE_BUSY and its extended codes). */
export const isBusyError = (error: unknown): boolean =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('SQLITE_BUSY')

const FIRST_PAUSE_MS = 2
const LONGEST_PAUSE_MS = 50

/**
 * Runs `attempt` until SQLite stops answering "busy", pausing between tries with timers, so the
 * event loop keeps serving requests while another connection holds the lock. (The SQLite driver
 * runs on the main thread: its own busy timeout would sleep there and stall every request.)
 * `afterBusy` runs after each busy answer, before the pause. Only for an attempt that changes
 * nothing when it fails busy: one statement, a batch that rolls back, a BEGIN. Gives up with a
 * {@link DatabaseBusyError} after `timeoutMs`.
 */
export const waitWhileBusy = async <T>(
  attempt: () => Promise<T>,
  { afterBusy, timeoutMs }: { afterBusy: () => Promise<void> | void; timeoutMs: number },
): Promise<T> => {
  const started = Date.now()
  let pause = FIRST_PAUSE_MS
  for (;;) {
    try {
      return await attempt()
    } catch (error) {
      if (!isBusyError(error)) throw error
      await afterBusy()
      const waited = Date.now() - started
      if (waited >= timeoutMs) throw new DatabaseBusyError(waited)
      // Jitter keeps two processes that wait for the same lock from retrying in step.
      const delay = Math.min(pause, timeoutMs - waited) * (0.5 + Math.random() / 2)
      await new Promise((resolve) => setTimeout(resolve, delay))
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS)
    }
  }
}
