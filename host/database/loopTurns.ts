/**
 * Turns of the event loop, one waiter per turn, in the order asked. A database driver that
 * answers on the main thread (SQLite) or answers many queries in one poll of the network
 * (PostgreSQL, a pool of connections) would otherwise let every waiting chain of awaited calls
 * take its next step in the same turn: twenty lists read at once by one GraphQL query held the
 * loop 240–470 ms, with no request read and no timer run in between. A `setImmediate` each would
 * not do: all immediates queued before a turn's check phase run in that phase.
 */
const waiting: (() => void)[] = []

const takeNextTurn = (): void => {
  const next = waiting.shift()
  // Queued from inside this turn's callbacks, the next one runs in the loop's next turn.
  if (waiting.length > 0) setImmediate(takeNextTurn)
  next?.()
}

/** Resolves in a later turn of the event loop, after those who asked before. */
export const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    if (waiting.push(resolve) === 1) setImmediate(takeNextTurn)
  })
