/**
 * `npm run backup -- <file>`: a consistent online copy of the running SQLite database (see
 * backupDatabase), checked by reading it back. Exit 0 with what it holds, 1 with the reason.
 */
import { ConfigError } from '../ConfigError'
import { readSettings } from '../settings'
import { backupDatabase, checkDatabaseFile } from '../database/sqliteFiles'

const main = async (): Promise<number> => {
  const target = process.argv[2]
  if (!target) {
    console.error(
      'Usage: npm run backup -- <file>   e.g. npm run backup -- backups/mal-och-budget-2026-11-27.db',
    )
    return 2
  }
  const { database } = readSettings()
  if (database.kind !== 'sqlite') {
    console.error(
      'DATABASE_URL is MongoDB: back it up with mongodump (see the README). DATABASE_URL pekar på MongoDB: använd mongodump.',
    )
    return 1
  }
  const started = Date.now()
  await backupDatabase(database.filePath, target)
  const check = await checkDatabaseFile(target)
  if (check.integrity !== 'ok') {
    console.error(`The backup in ${target} failed its integrity check: ${check.integrity}`)
    return 1
  }
  console.log(
    `Backup: ${database.filePath} → ${target} in ${Date.now() - started} ms; integrity ok; ${check.plans} plan(s), ${check.feedback} feedback, ${check.migrations} migration(s). / Säkerhetskopian är klar.`,
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `[mal-och-budget] backup failed: ${String(error)}`,
    )
    process.exit(1)
  },
)
