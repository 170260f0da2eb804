/**
 * `npm run bench`: the public read API against stock Payload, a static file and a raw ceiling, in
 * one run. Builds nothing: run `npm run build` first. Starts the production server on a fresh
 * SQLite database with the Hedemora seed and a large plan, loads each target with autocannon (32
 * connections, 10 s after a warm-up), then loads a plain Node.js server answering each target's
 * request with the very bytes the product answered (bench/rawServer.mjs) the same way, prints a
 * table with each target as a ratio to that ceiling and writes bench/results/latest.json.
 */
import autocannon from 'autocannon'
import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createHash } from 'node:crypto'
import { getPayload } from 'payload'

import { buildAppConfig } from '../host/config'
import { readSettings } from '../host/settings'
import { loadPublicPage } from '../src/publicPage/loadPublicPage'
import { startServer } from '../test/helpers/server'

const root = path.resolve(import.meta.dirname, '..')
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)

if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.')
  process.exit(1)
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-bench-'))
const ADMIN = { email: 'bench@hedemora.se', password: 'bench-lösenord-1234' }
const env = {
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  JOBS_AUTORUN: 'false',
  SEED_ADMIN_EMAIL: ADMIN.email,
  SEED_ADMIN_PASSWORD: ADMIN.password,
  UPLOAD_DIR: path.join(work, 'uploads'),
}
const tsx = (script: string) =>
  promisify(execFile)(
    process.execPath,
    ['--conditions=production', '--no-deprecation', '--import', 'tsx', script],
    {
      cwd: root,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    },
  )

console.log(
  'Seeding the Hedemora plan and a large plan (400 initiatives, 60 goals, 40 savings measures)…',
)
await tsx('host/seed/run.ts')
await tsx('bench/seedLarge.ts')

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const cold = async () => {
  const payload = await getPayload({
    config: await buildAppConfig(readSettings({ ...process.env, ...env })),
  })
  const time = async (year: number) => {
    const runs: number[] = []
    for (let i = 0; i < 20; i++) {
      const started = performance.now()
      await loadPublicPage(payload, { year }, 'sv')
      runs.push(performance.now() - started)
    }
    return median(runs)
  }
  const result = { hedemora: await time(2021), large: await time(2099) }
  await payload.destroy()
  return result
}
const coldMs = await cold()

const staticDir = path.join(work, 'static')
fs.mkdirSync(staticDir)
// Stalls are the test suite's budget; here target C (stock Payload REST at depth 2) is known to hold the
// loop, and the figures are what this run is for.
const server = await startServer({ ...env, BENCH_STATIC_DIR: staticDir }, undefined, {
  allowStalls: true,
})
const pid = server.process.pid ?? 0
const rss = () =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
const composed = Buffer.from(
  await (await fetch(`${server.url}/api/public/plans/2021`)).arrayBuffer(),
)
fs.writeFileSync(path.join(staticDir, 'plan-2021.json'), composed)
const planId = (JSON.parse(composed.toString('utf8')) as { id: string }).id

// B: a front end's small query; F and G: the whole page's query (publicPlan.graphql).
const smallQuery = JSON.stringify({
  query:
    '{ PublicPlan(year: 2021) { title pageUpdatedText initiatives { title status progress } focusAreas { title goals { title status } } } }',
})
const pageQuery = fs.readFileSync(path.join(root, 'docs', 'publicPlan.graphql'), 'utf8')
const pageQueryHash = createHash('sha256').update(pageQuery).digest('hex')
const persistedQuery = { persistedQuery: { sha256Hash: pageQueryHash, version: 1 } }
// A persisted query is known once a client has sent it in full with its hash.
await fetch(`${server.url}/api/graphql`, {
  body: JSON.stringify({ extensions: persistedQuery, query: pageQuery, variables: { year: 2021 } }),
  headers: { 'content-type': 'application/json' },
  method: 'POST',
})
const persistedGet = `/api/graphql?extensions=${encodeURIComponent(JSON.stringify(persistedQuery))}&variables=${encodeURIComponent(JSON.stringify({ year: 2021 }))}`
type Target = { name: string; requestsPerPage: number; requests: autocannon.Request[] }
const get = (p: string): autocannon.Request => ({ method: 'GET', path: p })
const targets: Target[] = [
  {
    name: 'A composed REST (Hedemora)',
    requests: [get('/api/public/plans/2021')],
    requestsPerPage: 1,
  },
  {
    name: 'B composed GraphQL (Hedemora)',
    requests: [
      {
        body: smallQuery,
        headers: { 'content-type': 'application/json' },
        method: 'POST',
        path: '/api/graphql',
      },
    ],
    requestsPerPage: 1,
  },
  {
    name: 'C stock Payload REST (5 requests a page)',
    requests: [
      get('/api/budget-plans?where[year][equals]=2021&depth=2'),
      get(`/api/goals?where[plan][equals]=${planId}&limit=0&sort=order&depth=1`),
      get(`/api/initiatives?where[plan][equals]=${planId}&limit=0&sort=order&depth=1`),
      get(`/api/savings-measures?where[plan][equals]=${planId}&limit=0&sort=order`),
      get('/api/globals/site-settings'),
    ],
    requestsPerPage: 5,
  },
  {
    name: 'D static file, same bytes as A',
    requests: [get('/__bench/plan-2021.json')],
    requestsPerPage: 1,
  },
  {
    name: 'E composed REST (large plan)',
    requests: [get('/api/public/plans/2099')],
    requestsPerPage: 1,
  },
  {
    name: "F GraphQL PublicPlan, POST, the page's query",
    requests: [
      {
        body: JSON.stringify({ query: pageQuery, variables: { year: 2021 } }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
        path: '/api/graphql',
      },
    ],
    requestsPerPage: 1,
  },
  {
    name: 'G GraphQL PublicPlan, GET, persisted query hash',
    requests: [get(persistedGet)],
    requestsPerPage: 1,
  },
  {
    name: 'H the HTML page /mal-och-budget/2021',
    requests: [
      { headers: { 'accept-encoding': 'gzip' }, method: 'GET', path: '/mal-och-budget/2021' },
    ],
    requestsPerPage: 1,
  },
]

/**
 * During the H run: publishes a new title of an initiative and measures how long until the HTML
 * page (and GraphQL) show it.
 */
const publishDuringLoad = async (): Promise<{ graphqlMs: number; pageMs: number }> => {
  await new Promise((r) => setTimeout(r, (DURATION * 1000) / 2))
  const login = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify(ADMIN),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const auth = `JWT ${((await login.json()) as { token: string }).token}`
  // This measures how soon a publish is seen, not the review: an admin's own save publishes.
  await fetch(`${server.url}/api/globals/site-settings`, {
    body: JSON.stringify({ reviewWorkflow: false }),
    headers: { authorization: auth, 'content-type': 'application/json' },
    method: 'POST',
  })
  const list = await fetch(
    `${server.url}/api/initiatives?where[plan][equals]=${planId}&limit=1&depth=0`,
    {
      headers: { authorization: auth },
    },
  )
  const id = ((await list.json()) as { docs: { id: number }[] }).docs[0].id
  const title = `Publicerad under lasten ${Date.now()}`
  const published = Date.now()
  const patched = await fetch(`${server.url}/api/initiatives/${id}`, {
    body: JSON.stringify({ _status: 'published', title }),
    headers: { authorization: auth, 'content-type': 'application/json' },
    method: 'PATCH',
  })
  if (!patched.ok)
    console.log(`  the publish was refused: ${patched.status} ${await patched.text()}`)
  const until = async (shows: () => Promise<boolean>) => {
    while (!(await shows())) {
      if (Date.now() - published > 10_000) return Infinity
      await new Promise((r) => setTimeout(r, 25))
    }
    return Date.now() - published
  }
  const pageMs = await until(async () =>
    (await (await fetch(`${server.url}/mal-och-budget/2021`)).text()).includes(title),
  )
  const graphqlMs = await until(async () =>
    (await (await fetch(`${server.url}${persistedGet}`)).text()).includes(title),
  )
  return { graphqlMs, pageMs }
}
let freshness: { graphqlMs: number; pageMs: number } | undefined

type Row = {
  errors: number
  name: string
  non2xx: number
  p50: number
  p99: number
  pagesPerSec: number
  reqPerSec: number
  rssMiB: number
}
const only = process.env.BENCH_TARGETS?.split(',').map((t) => t.trim().toUpperCase())
const rows: Row[] = []
for (const target of targets) {
  if (only && !only.includes(target.name[0])) continue
  const options = {
    connections: CONNECTIONS,
    requests: target.requests,
    timeout: 60,
    url: server.url,
  }
  await autocannon({ ...options, duration: 2 })
  const during = target.name.startsWith('H') ? publishDuringLoad() : undefined
  const result = await autocannon({ ...options, duration: DURATION })
  if (during) freshness = await during
  rows.push({
    errors: result.errors + result.timeouts,
    name: target.name,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    pagesPerSec: result.requests.average / target.requestsPerPage,
    reqPerSec: result.requests.average,
    rssMiB: rss(),
  })
  console.log(`  done: ${target.name}`)
}
/** The product's answer to a request as it went on the wire: status, headers, body bytes. */
const answerOf = (request: autocannon.Request) =>
  new Promise<{ body: string; headers: string[]; method: string; path: string; status: number }>(
    (resolve, reject) => {
      const call = http.request(
        `${server.url}${request.path}`,
        { headers: request.headers, method: request.method },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const headers: string[] = []
            for (let i = 0; i < res.rawHeaders.length; i += 2) {
              const name = res.rawHeaders[i]
              if (!/^(connection|keep-alive|date|transfer-encoding)$/i.test(name))
                headers.push(name, res.rawHeaders[i + 1])
            }
            const body = Buffer.concat(chunks)
            if (!headers.some((h) => /^content-length$/i.test(h)))
              headers.push('Content-Length', String(body.length))
            resolve({
              body: body.toString('base64'),
              headers,
              method: request.method ?? 'GET',
              path: request.path ?? '/',
              status: res.statusCode ?? 0,
            })
          })
        },
      )
      call.on('error', reject)
      call.end(request.body)
    },
  )
const ceilingTargets = targets.filter(
  (t) => t.requestsPerPage === 1 && !t.name.startsWith('D') && (!only || only.includes(t.name[0])),
)
const answersFile = path.join(work, 'answers.json')
fs.writeFileSync(
  answersFile,
  JSON.stringify(await Promise.all(ceilingTargets.map((t) => answerOf(t.requests[0])))),
)
await server.stop()

/** Each target's request against a plain Node.js server sending the product's own bytes. */
const ceiling: Record<string, number> = {}
{
  const raw = spawn(process.execPath, [path.join(root, 'bench', 'rawServer.mjs'), answersFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<string>((resolve) =>
    raw.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  )
  for (const target of ceilingTargets) {
    const options = {
      connections: CONNECTIONS,
      requests: target.requests,
      timeout: 60,
      url: `http://127.0.0.1:${port}`,
    }
    await autocannon({ ...options, duration: 2 })
    const result = await autocannon({ ...options, duration: DURATION })
    if (result.non2xx > 0) console.log(`  the ceiling answered ${target.name} with non-2xx`)
    ceiling[target.name[0]] = result.requests.average
    console.log(`  ceiling done: ${target.name}`)
  }
  raw.kill('SIGTERM')
}

const row = (letter: string): Row | undefined => rows.find((r) => r.name.startsWith(letter))
const ratio = (a: Row | undefined, b: Row | undefined, min: number) =>
  a && b ? a.pagesPerSec >= min * b.pagesPerSec : undefined
const [A, B, C, D, F, G, H] = ['A', 'B', 'C', 'D', 'F', 'G', 'H'].map(row)
const toCeiling = (r: Row | undefined) =>
  r && ceiling[r.name[0]] ? r.reqPerSec / ceiling[r.name[0]] : undefined
const nearCeiling = (r: Row | undefined) => {
  const share = toCeiling(r)
  return share === undefined ? undefined : share >= 0.8
}
const checks = {
  'A >= 0.8 x its raw ceiling': nearCeiling(A),
  'F >= 0.8 x its raw ceiling': nearCeiling(F),
  'G >= 0.8 x its raw ceiling': nearCeiling(G),
  'H >= 0.8 x its raw ceiling': nearCeiling(H),
  'p99 of A, F, G, H <= 20 ms': [A, F, G, H].every((r) => r === undefined || r.p99 <= 20),
  'A >= 0.5 x D': ratio(A, D, 0.5),
  'A >= 10 x C': ratio(A, C, 10),
  'B >= 5 x C': ratio(B, C, 5),
  'F >= 0.5 x A': ratio(F, A, 0.5),
  'G >= 0.7 x A': ratio(G, A, 0.7),
  'H >= 0.3 x A': ratio(H, A, 0.3),
  'a publish during H is on the page and in GraphQL within 2 s': freshness
    ? Math.max(freshness.pageMs, freshness.graphqlMs) <= 2000
    : undefined,
  'cold large <= 10 x cold Hedemora': coldMs.large <= 10 * coldMs.hedemora,
  'zero errors and non-2xx': rows.every((r) => r.errors === 0 && r.non2xx === 0),
}
const pad = (s: string | number, n: number) => String(s).padStart(n)
console.log(
  `\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s each\n`,
)
console.log(
  `| target | req/s | raw ceiling req/s | × ceiling | pages/s | p50 ms | p99 ms | errors | non-2xx | server RSS MiB |`,
)
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`)
for (const r of rows) {
  const raw = ceiling[r.name[0]]
  console.log(
    `| ${r.name} | ${pad(r.reqPerSec.toFixed(0), 6)} | ${raw ? pad(raw.toFixed(0), 6) : '–'} | ${toCeiling(r)?.toFixed(2) ?? '–'} | ${pad(r.pagesPerSec.toFixed(0), 6)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.rssMiB.toFixed(0)} |`,
  )
}
console.log(
  `\ncold composition (median of 20): Hedemora ${coldMs.hedemora.toFixed(1)} ms, large plan ${coldMs.large.toFixed(1)} ms`,
)
const div = (a: Row | undefined, b: Row | undefined) =>
  a && b ? (a.pagesPerSec / b.pagesPerSec).toFixed(2) : '–'
console.log(
  `ratios: A/D ${div(A, D)}, A/C ${div(A, C)}, B/C ${div(B, C)}, F/A ${div(F, A)}, G/A ${div(G, A)}, H/A ${div(H, A)}, large/Hedemora cold ${(coldMs.large / coldMs.hedemora).toFixed(1)}`,
)
if (freshness) {
  console.log(
    `a publish during the H run: on the page after ${freshness.pageMs} ms, in GraphQL (GET) after ${freshness.graphqlMs} ms`,
  )
}
for (const [check, ok] of Object.entries(checks))
  console.log(`${ok === undefined ? 'not run' : ok ? 'met    ' : 'MISSED '} ${check}`)

fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
fs.writeFileSync(
  path.join(root, 'bench', 'results', 'latest.json'),
  JSON.stringify(
    {
      ceiling,
      checks,
      coldMs,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      freshness,
      machine: { cores: os.cpus().length, node: process.version },
      rows,
    },
    null,
    2,
  ),
)
fs.rmSync(work, { force: true, recursive: true })
process.exit(0)
