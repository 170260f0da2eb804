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
