import { APIError } from 'payload'

/**
 * The database could not take a write in time because another connection (another process, a
 * backup, an operator's `sqlite3`) held its write lock. Answered as 503: try again shortly.
 */
export class DatabaseBusyError extends APIError {
  constructor(waitedMs: number) {
    super(
      `Databasen är upptagen av en annan skrivning; försök igen om en stund. / The database is busy with another write (waited ${waitedMs} ms); try again shortly.`,
      503,
      undefined,
      true,
    )
    this.name = 'DatabaseBusyError'
  }
}

/**
 * The SQLite file this server opened is no longer at its path (moved, deleted or replaced): a
 * write now would land in a file nobody opens again, so writes are refused until it is back.
 */
export class DatabaseFileMovedError extends APIError {
  constructor(reason: string) {
    super(
      `Ändringar tas inte emot just nu: ${reason} Lägg tillbaka filen eller starta om servern. / Changes are refused: ${reason} Put the file back or restart the server.`,
      503,
      undefined,
      true,
    )
    this.name = 'DatabaseFileMovedError'
  }
}

/** PostgreSQL's and the network's codes for a database that is away, full or too slow. */
const UNAVAILABLE_CODES = new Set([
  '08000', // connection exception
  '08001', // could not establish a connection
  '08003', // connection does not exist
  '08004', // connection refused by the server
  '08006', // connection failure
  '53300', // too many connections
  '57014', // statement cancelled (PG_STATEMENT_TIMEOUT_MS)
  '57P01', // terminated by an administrator (a restart)
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up, shutting down)
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'ETIMEDOUT',
])

// Also as text: Payload's drizzle rethrows some (a failed BEGIN) as a new Error with the message only.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end|terminating connection|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|connect ECONNREFUSED|too many clients|canceling statement due to statement timeout/i

/**
 * Why an error means the database cannot be used just now — its code or message, from the error
 * or its causes — or undefined for any other error.
 */
export const unavailableCause = (error: unknown): string | undefined => {
  let current: unknown = error
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return code
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message))
      return message.slice(0, 120)
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** The database is away (restarting, unreachable, full) or a statement ran too long: try again. */
export class DatabaseUnavailableError extends APIError {
  constructor(cause: string) {
    super(
      `Databasen går inte att nå just nu; försök igen om en stund. / The database cannot be reached just now (${cause}); try again shortly.`,
      503,
      undefined,
      true,
    )
    this.name = 'DatabaseUnavailableError'
  }
}

/** PostgreSQL could not be reached, or its database made, when the server started. */
export class DatabaseConnectError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'DatabaseConnectError'
  }
}
