import path from 'node:path'

import { ConfigError } from './ConfigError'

/** Where the embedded SQLite database lives when `DATABASE_URL` is unset. */
export const DEFAULT_SQLITE_FILE = './data/mal-och-budget.db'

/** The database the product runs on, as read from `DATABASE_URL`. */
export type DatabaseTarget =
  | {
      /** How long a write waits for another connection's lock, in ms (`SQLITE_BUSY_TIMEOUT_MS`). */
      busyTimeoutMs?: number
      /** Absolute path of the database file. */
      filePath: string
      kind: 'sqlite'
      /** The libSQL client URL (`file:/abs/path.db`). */
      url: string
    }
  | {
      /** Connections each process keeps to PostgreSQL (`PG_POOL_MAX`). */
      poolMax?: number
      kind: 'postgres'
      /** Read-only replicas for the public reads (`DATABASE_READ_URLS`). */
      readReplicas?: string[]
      /** How long a statement may run, and a connection take to open, in ms. */
      statementTimeoutMs?: number
      connectTimeoutMs?: number
      /** How long a request may wait for a free connection of the pool, in ms (`PG_POOL_WAIT_MS`). */
      poolWaitMs?: number
      url: string
    }
  | {
      kind: 'mongodb'
      /** True when the URL names a replica set, which MongoDB transactions need. */
      transactions: boolean
      url: string
    }

/** Hides the password of a connection URL so an error message never shows it. */
export const redactUrl = (value: string): string =>
  value.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')

const accepted =
  'Use one of / Använd en av: unset (SQLite in ' +
  DEFAULT_SQLITE_FILE +
  '), file:./path/to/file.db, postgres://user@host:5432/database (or postgresql://), mongodb://host:27017/database?replicaSet=rs0, mongodb+srv://host/database.'

/**
 * Reads `DATABASE_URL`: unset or `file:` → SQLite, `mongodb://` or `mongodb+srv://` → MongoDB.
 * Anything else throws a {@link ConfigError} that names the variable and the accepted forms.
 */
export const parseDatabaseUrl = (
  value: string | undefined,
  cwd: string = process.cwd(),
): DatabaseTarget => {
  const raw = value?.trim() ?? ''
  if (raw === '') {
    const filePath = path.resolve(cwd, DEFAULT_SQLITE_FILE)
    return { filePath, kind: 'sqlite', url: `file:${filePath}` }
  }
  if (raw.startsWith('file:')) {
    const rest = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (rest === '' || rest.includes('?')) {
      throw new ConfigError(
        `DATABASE_URL="${raw}" names no database file (or carries options we do not read). ` +
          `DATABASE_URL="${raw}" anger ingen databasfil. ${accepted}`,
      )
    }
    const filePath = path.resolve(cwd, rest)
    return { filePath, kind: 'sqlite', url: `file:${filePath}` }
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    let parsed: URL
    try {
      parsed = new URL(raw)
    } catch {
      parsed = new URL('postgres://invalid')
    }
    // A host (or a socket folder in ?host=) and a database name.
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
    if ((!parsed.hostname && !parsed.searchParams.get('host')) || !database) {
      throw new ConfigError(
        `DATABASE_URL="${redactUrl(raw)}" names no PostgreSQL host or database, e.g. postgres://user@127.0.0.1:5432/malochbudget. ` +
          `DATABASE_URL="${redactUrl(raw)}" anger ingen PostgreSQL-server eller databas.`,
      )
    }
    return { kind: 'postgres', url: raw }
  }
  if (/^mongodb(\+srv)?:\/\/[^/?]+/.test(raw)) {
    const replicaSet = /[?&]replicaSet=[^&]+/.test(raw)
    return {
      kind: 'mongodb',
      transactions: replicaSet || raw.startsWith('mongodb+srv://'),
      url: raw,
    }
  }
  throw new ConfigError(
    `DATABASE_URL="${redactUrl(raw)}" is not a database this product can use. ` +
      `DATABASE_URL="${redactUrl(raw)}" är ingen databas som produkten kan använda. ${accepted}`,
  )
}
