/**
 * `npm run restore -- <file>`: puts a backup in place of the SQLite database while no process
 * uses it. Checks the backup first, keeps the current database beside it, then swaps the files
 * in one rename. Exit 0 when restored, 1 with the reason.
 */
import fs from 'node:fs'

import { ConfigError } from '../ConfigError'
import { readSettings } from '../settings'
import { backupDatabase, checkDatabaseFile, processesUsing } from '../database/sqliteFiles'

const main = async (): Promise<number> => {
  const source = process.argv[2]
  if (!source || !fs.existsSync(source)) {
    console.error('Usage: npm run restore -- <backup file>   (stop the server first)')
    return 2
  }
  const { database } = readSettings()
  if (database.kind !== 'sqlite') {
    console.error(
      'DATABASE_URL is MongoDB: restore it with mongorestore (see the README). DATABASE_URL pekar på MongoDB: använd mongorestore.',
    )
    return 1
  }
  const live = database.filePath
  const users = processesUsing(live)
  if (users === undefined && !process.argv.includes('--server-stopped')) {
    console.error(
      'Cannot see which processes use the database here: stop the server, then run again with --server-stopped.',
    )
    return 1
  }
  if (users && users.length > 0) {
    console.error(
      `The database ${live} is in use by process ${users.join(', ')}: stop the server first. / Databasen används av process ${users.join(', ')}: stoppa servern först.`,
    )
    return 1
  }
  const check = await checkDatabaseFile(source)
  if (check.integrity !== 'ok' || check.migrations === 0) {
    console.error(
      `${source} is not a sound backup of this product (integrity: ${check.integrity}, migrations: ${check.migrations}).`,
    )
    return 1
  }
  let kept = ''
  if (fs.existsSync(live)) {
    kept = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    await backupDatabase(live, kept)
  }
  const incoming = `${live}.restoring`
  fs.rmSync(incoming, { force: true })
  fs.copyFileSync(source, incoming)
  // Nobody has the database open (checked above), so its WAL holds nothing that is not in the copy kept.
  fs.rmSync(`${live}-wal`, { force: true })
  fs.rmSync(`${live}-shm`, { force: true })
  fs.renameSync(incoming, live)
  console.log(
    `Restored ${live} from ${source} (${check.plans} plan(s), ${check.feedback} feedback).${kept ? ` The previous database is kept in ${kept}.` : ''} Start the server; newer migrations are applied at start. / Återställningen är klar.`,
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `[mal-och-budget] restore failed: ${String(error)}`,
    )
    process.exit(1)
  },
)
