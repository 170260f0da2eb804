/**
 * `npm run build:server`: server.ts and what it imports of this repository (the host and the
 * plugin) as one ES module, dist/server.mjs, so that `npm start` runs plain Node: no TypeScript
 * loader in production, which roughly halved the time to import Payload and its adapters.
 * Packages from node_modules stay outside the bundle, as installed.
 */
import { build } from 'esbuild'
import fs from 'node:fs'

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]

await build({
  bundle: true,
  entryPoints: ['server.ts'],
  external: [...external, ...external.map((name) => `${name}/*`)],
  format: 'esm',
  logLevel: 'warning',
  outfile: 'dist/server.mjs',
  platform: 'node',
  sourcemap: true,
  target: 'node20',
})
console.log('Built dist/server.mjs')
