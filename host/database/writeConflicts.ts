import type { BaseDatabaseAdapter } from 'payload'

import { APIError } from 'payload'

import { translateCallErrors } from './databaseCalls'
import { DocumentGoneError } from './documentGone'

/** Two writes of one document met in the database, and it gave up one of them. */
export class WriteConflictError extends APIError {
  constructor() {
    super(
      'Någon annan ändrade samma dokument i samma ögonblick; ladda om och försök igen. / Someone else changed the same document at the same moment; reload and try again.',
      409,
      undefined,
      true,
    )
    this.name = 'WriteConflictError'
  }
}

/** A save named a document (a plan, a goal, an image) by an id that does not exist. */
export class MissingReferenceError extends APIError {
  constructor() {
    super(
      'En hänvisning pekar på något som inte finns (en plan, ett mål eller en bild med det id:t); välj en som finns. / A reference points to something that does not exist (a plan, goal or image with that id); choose one that exists.',
      400,
      undefined,
      true,
    )
    this.name = 'MissingReferenceError'
  }
}

/** A text held a character PostgreSQL cannot store in a text column (NUL, `\u0000`). */
export class UnstorableCharacterError extends APIError {
  constructor() {
    super(
      'Texten innehåller ett tecken som inte kan sparas (NUL, \\u0000); ta bort det. / The text holds a character that cannot be stored (NUL, \\u0000); remove it.',
      400,
      undefined,
      true,
    )
    this.name = 'UnstorableCharacterError'
  }
}

/** Something still refers to what is being deleted. */
export class StillReferencedError extends APIError {
  constructor() {
    super(
      'Något annat hänvisar fortfarande hit; ta bort hänvisningen först. / Something else still refers to this; remove that reference first.',
      409,
      undefined,
      true,
    )
    this.name = 'StillReferencedError'
  }
}

/** The database's own account of an error: the first code and message in its chain. */
const databaseCause = (error: unknown): { code: string; message: string } | undefined => {
  let current: unknown = error
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string')
      return { code, message: typeof message === 'string' ? message : '' }
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * What a database error means to the person who caused it, or undefined for any other error:
 * PostgreSQL's deadlock and serialisation failure (two saves or a save and a delete of one
 * document at once, each in its own transaction), and what the rest of such a transaction then
 * fails with, are a 409 to try again; a foreign key that
 * names nothing (`{"plan": 99999}`) a 400, one that still refers to a deleted row a 409. Before,
 * each was a 500 with the query in the log.
 */
export const writeConflictOf = (error: unknown, call?: string): Error | undefined => {
  // Without transactions (SQLite), a save that reads its row back after a delete took it finds
  // nothing, and the adapter fails on the missing row.
  if (
    error instanceof TypeError &&
    /search for '_rels' in undefined/.test(error.message) &&
    /upsertRow/.test(error.stack ?? '')
  )
    return new DocumentGoneError()
  const cause = databaseCause(error)
  if (!cause) return undefined
  // 25P02: a statement of this transaction failed before (a deadlock that a hook caught), so the
  // rest of it cannot run.
  if (['25P02', '40001', '40P01'].includes(cause.code)) return new WriteConflictError()
  // 22021 / 22P05: a NUL byte in a text (a duplicate with `{"title": "\u0000"}`), a 500 before.
  if (cause.code === '22021' || cause.code === '22P05') return new UnstorableCharacterError()
  const missingReference =
    (cause.code === '23503' && !/^update or delete on table/.test(cause.message)) ||
    (cause.code.startsWith('SQLITE_CONSTRAINT') &&
      /FOREIGN KEY constraint failed/.test(cause.message))
  // A version of a document deleted a moment before (PostgreSQL names the parent's key; on
  // SQLite it cannot be told from a missing plan): the save of it finds it gone.
  if (missingReference && call === 'createVersion' && /parent_id/.test(cause.message))
    return new DocumentGoneError()
  if (missingReference) return new MissingReferenceError()
  if (cause.code === '23503') return new StillReferencedError()
  return undefined
}

/** Every database call of the adapter answers the errors of writeConflictOf as it says. */
export const answerWriteConflicts = (adapter: BaseDatabaseAdapter): void =>
  translateCallErrors(adapter, writeConflictOf)
