import type { BaseDatabaseAdapter } from 'payload'

import { takeTurns } from 'mal-och-budget'

/**
 * The adapter methods that rewrite one document (or global) with its array and block rows, and
 * the one that adds a version of a document.
 * (`upsert` is not among them: it calls `updateOne`, which would then wait for itself.)
 */
const DOCUMENT_WRITES = [
  'createVersion',
  'deleteOne',
  'updateGlobal',
  'updateGlobalVersion',
  'updateOne',
  'updateVersion',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

type WriteArgs = {
  collection?: string
  collectionSlug?: string
  parent?: number | string
  global?: string
  id?: number | string
  where?: { id?: { equals?: unknown } }
}

const keyOf = (name: string, args: WriteArgs | undefined): string => {
  // A new version takes its document's turn: a delete of the document between its insert and its
  // read-back left it with no parent, and the save answered a document without an id (a 500).
  if (name === 'createVersion') return `${args?.collectionSlug ?? ''}:${String(args?.parent)}`
  const id = args?.id ?? args?.where?.id?.equals ?? JSON.stringify(args?.where ?? null)
  const versions = name.includes('Version') ? 'versions:' : ''
  return `${versions}${args?.collection ?? `global:${args?.global ?? ''}`}:${String(id)}`
}

/**
 * Without transactions (db-sqlite's default), a write of one document deletes its array rows
 * (a user's sessions, a review log) and inserts them again. Two such writes of the same document
 * at once — a double-clicked "Logga ut", two tabs refreshing one session — insert the same row ids
 * twice and the second fails with a UNIQUE error (a 500). Writes of one document therefore take
 * turns within this process; writes of different documents still run side by side. (Across
 * processes, SQLite's own write lock serialises each statement; PostgreSQL runs with transactions.)
 */
export const oneWriterPerDocument = (adapter: BaseDatabaseAdapter): void => {
  const inTurn = takeTurns()
  for (const name of DOCUMENT_WRITES) {
    const write = adapter[name] as (...args: unknown[]) => Promise<unknown>
    Object.assign(adapter, {
      [name]: function (this: unknown, ...args: unknown[]) {
        return inTurn(keyOf(name, args[0] as WriteArgs | undefined), () => write.apply(this, args))
      },
    })
  }
}
