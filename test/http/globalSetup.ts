import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? '.', '../..')
const sources = [
  'src',
  'host',
  'app',
  'proxy.ts',
  'server.ts',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'package.json',
  'tsconfig.build.json',
]

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

/** HTTP tests run against the production build: build it when it is missing or older than the code. */
export default async (): Promise<void> => {
  // The plugin's package (dist/plugin), the Next.js build and the server bundle
  // (dist/server.mjs), all made by `npm run build`.
  const built = [
    path.join(root, 'dist', 'plugin', 'index.js'),
    path.join(root, '.next', 'BUILD_ID'),
    path.join(root, 'dist', 'server.mjs'),
  ]
  const builtAt = Math.min(...built.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)))
  const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))))
  if (builtAt >= changedAt) return
  console.log('\n[http tests] the production build is missing or stale: running `npm run build`')
  execSync('npm run build', { cwd: root, stdio: 'inherit' })
}
