import { spawn, spawnSync } from 'node:child_process'

// The operator's own tool, the sqlite3 command-line shell, in processes of its own: it opens the
// database, reads or writes, and closes it again — as a backup, a support query or a second
// server would. (`npm test` installs it, see test/setup/prepare.mjs.)

/** Runs one statement in a fresh `sqlite3` process and returns its rows. */
export const outsideQuery = (filePath: string, sql: string): Record<string, unknown>[] => {
  const { error, status, stderr, stdout } = spawnSync('sqlite3', ['-json', filePath, sql], {
    encoding: 'utf8',
    timeout: 30_000,
  })
  if (error || status !== 0) throw new Error(`sqlite3 failed: ${error?.message ?? stderr}`)
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>[]) : []
}

/**
 * A `sqlite3` process that takes the write lock (BEGIN IMMEDIATE and a row of its own), holds it
 * for `ms` and then commits. Resolves once the lock is held.
 */
export const holdWriteLock = async (
  filePath: string,
  ms: number,
): Promise<{ released: Promise<void> }> => {
  const shell = spawn('sqlite3', [filePath], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve, reject) =>
    shell.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`sqlite3 exited ${code}`)),
    ),
  )
  await new Promise<void>((resolve) => {
    shell.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve()
    })
    shell.stdin.write(
      "BEGIN IMMEDIATE;\ninsert into job_leases (key, holder, updated_at, created_at) values ('outside-' || hex(randomblob(8)), 'outside', '2026-01-01', '2026-01-01');\nselect 'locked';\n",
    )
  })
  const released = new Promise<void>((resolve, reject) =>
    setTimeout(() => {
      shell.stdin.end('COMMIT;\n.quit\n')
      exited.then(resolve, reject)
    }, ms),
  )
  return { released }
}
