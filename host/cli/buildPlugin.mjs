/**
 * `npm run build:plugin`: the plugin as a package — src/ compiled to JavaScript with type
 * declarations in dist/plugin (what `npm pack` ships, see package.json `files` and `exports`).
 * tsc compiles; tsc-alias writes the file extensions Node's ES modules need into relative imports
 * (the sources leave them out, as bundlers allow); the page's stylesheet is copied beside its module.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const out = 'dist/plugin'
const bin = (name) => path.join('node_modules', '.bin', name)
fs.rmSync(out, { force: true, recursive: true })
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' })
execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--resolve-full-paths'], {
  stdio: 'inherit',
})
const styles = fs
  .readdirSync('src', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
  .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
for (const file of styles) {
  const target = path.join(out, path.relative('src', file))
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(file, target)
}
console.log(`Built ${out}`)
