/**
 * `npx tsx bench/profileSummary.ts <file.cpuprofile> [count]`: the top entries of a V8 CPU
 * profile (`node --cpu-prof`) by self time — function, where it is, milliseconds and share — and
 * the share of time by package, to see what a request pays on the way. Prints a Markdown table.
 */
import fs from 'node:fs'
import path from 'node:path'

type Node = {
  callFrame: { columnNumber: number; functionName: string; lineNumber: number; url: string }
  hitCount: number
  id: number
}
type Profile = {
  endTime: number
  nodes: Node[]
  samples: number[]
  startTime: number
  timeDeltas: number[]
}

const [file, countArg] = process.argv.slice(2)
if (!file) {
  console.error('usage: tsx bench/profileSummary.ts <file.cpuprofile> [count]')
  process.exit(2)
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const selfMicros = new Map<number, number>()
profile.samples.forEach((id, i) =>
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
)
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0)

/** Where a frame lives, short: the package, or the file of this repository, or Node's own. */
const place = (url: string): string => {
  if (!url) return '(native)'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]
  if (url.startsWith('node:')) return url
  return path.basename(url.replace(/^file:\/\//, ''))
}

/** The group a frame's time is counted to: a package, Node.js itself, or this app's bundle. */
const groupOf = (where: string): string => {
  if (where.startsWith('node:')) return 'Node.js (http, streams, …)'
  if (where.startsWith('(')) return where
  return where.includes('.') ? `this app (${where})` : where
}

const entries = new Map<string, number>()
const packages = new Map<string, number>()
for (const [id, micros] of selfMicros) {
  const { callFrame } = byId.get(id) as Node
  const where = place(callFrame.url)
  const key = `${callFrame.functionName || '(anonymous)'} — ${where}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`
  entries.set(key, (entries.get(key) ?? 0) + micros)
  const group = groupOf(where)
  packages.set(group, (packages.get(group) ?? 0) + micros)
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
const pct = (micros: number) => ((100 * micros) / total).toFixed(1)

console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`)
console.log('| self ms | % | function — where |')
console.log('| ---: | ---: | --- |')
for (const [key, micros] of top(entries, Number(countArg ?? 15)))
  console.log(`| ${(micros / 1000).toFixed(0)} | ${pct(micros)} | ${key} |`)
console.log('\n| by package or folder | % |')
console.log('| --- | ---: |')
for (const [key, micros] of top(packages, 10)) console.log(`| ${key} | ${pct(micros)} |`)
