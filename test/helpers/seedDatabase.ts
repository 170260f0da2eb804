import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const root = path.resolve(import.meta.dirname ?? '.', '../..')

/** Runs `npm run seed`'s command against the given environment (database, uploads, admin). */
export const seedDatabase = async (env: Record<string, string>): Promise<string> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=production', '--no-deprecation', '--import', 'tsx', 'host/seed/run.ts'],
    { cwd: root, env: { ...process.env, ...env }, timeout: 120_000 },
  )
  return stdout
}

/**
 * Runs the jobs the seed queued, once (`test/helpers/runQueuedJobs.ts`), in the template: each
 * server copied from it would otherwise run them at its start.
 */
export const runQueuedJobs = async (env: Record<string, string>): Promise<void> => {
  await promisify(execFile)(
    process.execPath,
    [
      '--conditions=production',
      '--no-deprecation',
      '--import',
      'tsx',
      'test/helpers/runQueuedJobs.ts',
    ],
    { cwd: root, env: { ...process.env, ...env }, timeout: 120_000 },
  )
}

/** The template's database files (the database and, if it was left, its write-ahead log). */
export const seedTemplateFiles = (folder: string): { file: string; suffix: string }[] =>
  ['', '-wal']
    .map((suffix) => ({ file: path.join(folder, `template.db${suffix}`), suffix }))
    .filter(({ file }) => fs.existsSync(file))
