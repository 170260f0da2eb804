import fs from 'node:fs'

/** Where an SQLite database file is, and whether it is still the file this process opened. */
export type DatabaseFileWatch = {
  filePath: string
  /** Why writes must stop (the file is gone, replaced or unwritable), or undefined when all is well. */
  problem: () => string | undefined
  /** Notes the file's device and inode; called once the driver has opened it. */
  remember: () => void
}

// One watch per file and process: the server and Next.js's bundle of the same modules share it.
const KEY = Symbol.for('mal-och-budget.databaseFileWatches')
const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, DatabaseFileWatch> }
const watches: Map<string, DatabaseFileWatch> = (holder[KEY] ??= new Map())

/**
 * Watches a database file by its path's device and inode, read with `stat` — never by opening the
 * file: on POSIX, closing any descriptor of a file drops every lock the process holds on it, and
 * SQLite's locks are what keep other clients from deleting the WAL under a live server.
 */
export const databaseFileWatch = (filePath: string): DatabaseFileWatch => {
  const existing = watches.get(filePath)
  if (existing) return existing
  let opened: { dev: number; ino: number } | undefined
  const watch: DatabaseFileWatch = {
    filePath,
    problem: () => {
      if (!opened) return undefined
      let now: fs.Stats
      try {
        now = fs.statSync(filePath)
      } catch {
        return `databasfilen ${filePath} finns inte längre där den fanns / the database file ${filePath} is no longer there.`
      }
      if (now.dev !== opened.dev || now.ino !== opened.ino) {
        return `databasfilen ${filePath} har bytts ut sedan servern startade / the database file ${filePath} was replaced since the server started.`
      }
      try {
        fs.accessSync(filePath, fs.constants.R_OK | fs.constants.W_OK)
      } catch {
        return `databasfilen ${filePath} går inte att läsa och skriva / the database file ${filePath} cannot be read and written.`
      }
      return undefined
    },
    remember: () => {
      const { dev, ino } = fs.statSync(filePath)
      opened = { dev, ino }
    },
  }
  watches.set(filePath, watch)
  return watch
}
