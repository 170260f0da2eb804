import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(import.meta.dirname ?? '.', '../..')

/** Runs one of this repository's TypeScript scripts as its npm scripts do, with `env` added. */
const runScript = async (script: string, env: Record<string, string>): Promise<string> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=production', '--no-deprecation', '--import', 'tsx', script],
    { cwd: root, env: { ...process.env, ...env }, timeout: 120_000 },
  )
  return stdout
}

/** Runs `npm run seed`'s command against the given environment (database, uploads, admin). */
export const seedDatabase = (env: Record<string, string>): Promise<string> =>
  runScript('host/seed/run.ts', env)

/** The template's database files (the database and, if it was left, its write-ahead log). */
export const seedTemplateFiles = (folder: string): { file: string; suffix: string }[] =>
  ['', '-wal']
    .map((suffix) => ({ file: path.join(folder, `template.db${suffix}`), suffix }))
    .filter(({ file }) => fs.existsSync(file))
