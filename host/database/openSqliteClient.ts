import type {
  Client,
  InArgs,
  InStatement,
  ResultSet,
  Transaction,
  TransactionMode,
} from '@libsql/client'

import { createClient } from '@libsql/client'

import { nextTurn } from './loopTurns'
import { waitWhileBusy } from './waitWhileBusy'

/** Largest size the WAL file is truncated back to after a checkpoint (as db-sqlite's default). */
const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024

// Per connection: every commit durable, no busy waiting inside the driver (the default 0, said
// out loud), and the WAL kept small.
const configure = async (client: Client): Promise<void> => {
  await client.execute('PRAGMA busy_timeout = 0')
  await client.execute('PRAGMA synchronous = FULL')
  await client.execute(`PRAGMA journal_size_limit = ${JOURNAL_SIZE_LIMIT}`)
}

// The driver runs each statement on the main thread and resolves at once: a chain of awaited
// statements (one save is a dozen) would run as one long turn of the event loop. Each statement
// first waits for its turn (see loopTurns): one statement, and the work its caller does up to its
// next one, per turn of the loop.
const yieldToEventLoop = nextTurn

/** A transaction whose statements, too, each let the event loop turn first. */
const yieldingTransaction = (tx: Transaction): Transaction => {
  const execute = tx.execute.bind(tx)
  const batch = tx.batch.bind(tx)
  return Object.assign(tx, {
    batch: async (stmts: InStatement[]) => {
      await yieldToEventLoop()
      return batch(stmts)
    },
    execute: async (stmt: InStatement) => {
      await yieldToEventLoop()
      return execute(stmt)
    },
  })
}

/**
 * A libSQL client whose statements wait for another connection's lock with timers instead of
 * SQLite's busy handler, which would sleep on the main thread. db-sqlite runs without
 * transactions, so every statement commits on its own and a busy one changed nothing: trying it
 * again is safe.
 *
 * After a busy answer the connection is replaced. SQLite leaves a statement that failed busy
 * resumable, holding its read snapshot until it is reset, and libSQL's driver never resets it: the
 * connection would go on reading the database as it was and every later write would fail
 * (SQLITE_BUSY_SNAPSHOT) until the garbage collector happened to free that statement. Closing an
 * SQLite connection is safe for the others of the process (SQLite keeps their locks).
 */
class WaitingClient implements Client {
  constructor(
    private client: Client,
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  get closed(): boolean {
    return this.client.closed
  }

  get protocol(): string {
    return this.client.protocol
  }

  private async renew(stale: Client): Promise<void> {
    if (this.client !== stale) return // another waiter renewed it already
    this.client = createClient({ url: this.url })
    stale.close()
    await configure(this.client)
  }

  private waiting<T>(attempt: (client: Client) => Promise<T>): Promise<T> {
    let used = this.client
    return waitWhileBusy(
      async () => {
        await yieldToEventLoop()
        used = this.client
        return attempt(used)
      },
      { afterBusy: () => this.renew(used), timeoutMs: this.timeoutMs },
    )
  }

  batch(stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    // A batch is one transaction: a busy statement rolls the whole batch back.
    return this.waiting((client) => client.batch(stmts, mode))
  }

  close(): void {
    this.client.close()
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: InArgs): Promise<ResultSet>
  execute(stmt: InStatement, args?: InArgs): Promise<ResultSet> {
    const statement = typeof stmt === 'string' ? { args: args ?? [], sql: stmt } : stmt
    return this.waiting((client) => client.execute(statement))
  }

  // Several statements that each commit: a retry could run the first ones twice, so no retry.
  executeMultiple(sql: string): Promise<void> {
    return this.client.executeMultiple(sql)
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.waiting((client) => client.migrate(stmts))
  }

  sync(): ReturnType<Client['sync']> {
    return this.client.sync()
  }

  async transaction(mode?: TransactionMode): Promise<Transaction> {
    // Only its BEGIN can be busy; it is tried again on a fresh connection.
    return yieldingTransaction(await this.waiting((client) => client.transaction(mode)))
  }
}

/**
 * Opens the SQLite database the way this product needs it: WAL (readers never wait for the
 * writer), every commit durable (`synchronous = FULL`), and no busy timeout in the driver, whose
 * calls run on the main thread — a lock held by another process is waited for with timers, up to
 * `busyTimeoutMs`, so the server keeps answering meanwhile.
 */
export const openSqliteClient = async (url: string, busyTimeoutMs: number): Promise<Client> => {
  const client = new WaitingClient(createClient({ url }), url, busyTimeoutMs)
  await configure(client)
  const mode = await client.execute('PRAGMA journal_mode')
  if (mode.rows[0]?.journal_mode !== 'wal') await client.execute('PRAGMA journal_mode = WAL')
  return client
}
