/**
 * `npm run faults`: runs the production server (SQLite) through the faults an operator and an
 * attacker bring, and prints a table of figures against the targets:
 *   a  /healthz, a real outside SQLite client and feedback posts, then kill -9 and a restart
 *   b  20 rounds of kill -9 during a stream of feedback posts and publishes
 *   c  hostile GraphQL documents while /healthz is polled
 *   d  a second process holding the write lock for 5 s: the server's longest event-loop stall
 *   e  a soak of mixed API, GraphQL, HTML, feedback and publishes at 32 connections (10 min)
 *   f  10,000 fuzzed raw requests over every route of the config (every method, chunked,
 *      truncated and repeated bodies, anonymous and as staff), a new seed each run
 *   g  the review rules as an invariant: 1,000 random sequences over every route (the test
 *      suite's model, run longer)
 * Builds nothing: run `npm run build` first. FAULTS=a,c runs some; FAULTS_SOAK_MINUTES,
 * FAULTS_ROUNDS, FAULTS_SEED and FAULTS_SEQUENCES change a run. Writes bench/results/faults.json.
 * The event-loop stalls are the server's own measure (its stall monitor's log lines).
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { spawnSync } from 'node:child_process'

import { buildAppConfig } from '../host/config'
import { readSettings } from '../host/settings'
import { holdWriteLock, outsideQuery } from '../test/helpers/outsideSqlite'
import { rawRequests, routesOf, sendRaw } from '../test/helpers/rawFuzz'
import {
  adminAuthorization,
  reviewAuthorizations,
  startSeededServer,
} from '../test/helpers/seededServer'
import { type RunningServer, startServer } from '../test/helpers/server'
import { acknowledgedNothing, soakReads, soakVerdict, soakWrites, writeStream } from './soak'
import { resultTable, rssMiB, sleep } from './table'

// The fault suite measures the server on the machine's disk (the tests keep their files in /dev/shm).
process.env.MOB_TEST_DB_DIR ??= os.tmpdir()

const root = path.resolve(import.meta.dirname, '..')
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.')
  process.exit(1)
}
const ROUNDS = Number(process.env.FAULTS_ROUNDS ?? 20)
const SOAK_MINUTES = Number(process.env.FAULTS_SOAK_MINUTES ?? 10)

const { record, runParts } = resultTable(root, 'faults')
/** The longest event-loop stall the server logged (its stall monitor), from `from` on in its output. */
const longestStall = (server: RunningServer, from = 0): number =>
  Math.max(
    0,
    ...[
      ...server
        .output()
        .slice(from)
        .matchAll(/event loop blocked for (\d+) ms/g),
    ].map((m) => Number(m[1])),
  )
const measuring = { allowStalls: true }
const fileOf = (url: string) => url.slice('file:'.length)

/** Posts `body` and times the answer's status line, which may come before the body is all sent. */
const timeToAnswer = (url: string, body: Buffer) =>
  new Promise<{ ms: number; status: number }>((resolve, reject) => {
    const t = performance.now()
    const req = http.request(
      url,
      {
        headers: { 'content-length': body.length, 'content-type': 'application/json' },
        method: 'POST',
      },
      (res) => {
        const ms = performance.now() - t
        res.resume()
        res.on('end', () => resolve({ ms, status: res.statusCode ?? 0 }))
        res.on('error', () => resolve({ ms, status: res.statusCode ?? 0 }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })

const postFeedback = (server: RunningServer, message: string, from?: string) =>
  fetch(`${server.url}/api/public/feedback`, {
    body: JSON.stringify({ message, page: '/mal-och-budget/2021' }),
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    method: 'POST',
  })

const runA = async () => {
  console.log('a: /healthz, an outside SQLite client, feedback posts, kill -9')
  const {
    database,
    env,
    server: first,
  } = await startSeededServer(
    'faults_a',
    {
      TRUST_PROXY: 'loopback',
    },
    measuring,
  )
  let server = first
  const file = fileOf(database.url)
  const receipts: string[] = []
  const outsideCount = () => Number(outsideQuery(file, 'select count(*) as n from feedback')[0]?.n)
  for (let round = 0; round < 10; round++) {
    await fetch(`${server.url}/healthz`)
    outsideCount()
    for (let i = 0; i < 3; i++) {
      const res = await postFeedback(server, `a ${round}.${i}`, `203.0.113.${round * 3 + i + 1}`)
      if (res.status === 201) receipts.push(((await res.json()) as { id: string }).id)
    }
  }
  const seenLive = outsideCount()
  server.process.kill('SIGKILL')
  await server.stop()
  server = await startServer(env, undefined, measuring)
  const stored = outsideQuery(file, 'select receipt from feedback').map((r) => String(r.receipt))
  await server.stop()
  await database.cleanup()
  const missing = receipts.filter((r) => !stored.includes(r)).length
  record({
    check: 'a  10 × (/healthz, a sqlite3 CLI read, 3 feedback posts), kill -9, restart',
    measured: `${receipts.length} answered 201, outside reader saw ${seenLive}, ${stored.length} stored after restart, ${missing} lost`,
    met: receipts.length === 30 && seenLive === 30 && missing === 0 && stored.length === 30,
    target: 'every 201 stored exactly once',
  })
}

const runB = async () => {
  console.log(`b: ${ROUNDS} rounds of kill -9 during feedback posts and publishes`)
  const {
    database,
    env,
    server: first,
  } = await startSeededServer('faults_b', { TRUST_PROXY: 'loopback' }, measuring)
  let server = first
  const file = fileOf(database.url)
  const acknowledged = new Set<string>()
  let lostReceipts = 0
  let stalePublishes = 0
  let integrity = 'ok'
  let publishes = 0
  const reviewers = await reviewAuthorizations(server.url)
  for (let round = 0; round < ROUNDS; round++) {
    const auth = await adminAuthorization(server.url)
    const ids = await fetch(`${server.url}/api/initiatives?limit=3&depth=0&sort=id`, {
      headers: { authorization: auth },
    })
    const initiatives = ((await ids.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
    const acked = acknowledgedNothing(acknowledged)
    const stream = writeStream(server.url, {
      acked,
      initiatives,
      label: `Publicerad ${round}`,
      sessions: reviewers,
    })
    await sleep(1000 + Math.random() * 2000)
    server.process.kill('SIGKILL')
    await stream.stop()
    publishes += acked.publishes
    await server.stop()
    const check = outsideQuery(file, 'pragma integrity_check')
    if (String(check[0]?.integrity_check) !== 'ok') integrity = String(check[0]?.integrity_check)
    server = await startServer(env, undefined, measuring)
    const stored = new Set(
      outsideQuery(file, 'select receipt from feedback').map((r) => String(r.receipt)),
    )
    lostReceipts += [...acknowledged].filter((r) => !stored.has(r)).length
    for (const [id, title] of acked.lastTitle) {
      const rows = outsideQuery(
        file,
        `select title from initiatives_locales where _parent_id = ${id} and _locale = 'sv'`,
      )
      const now = String(rows[0]?.title)
      if (now !== title && !acked.inFlight.get(id)?.has(now)) stalePublishes += 1
    }
  }
  const [{ different, n }] = outsideQuery(
    file,
    'select count(*) as n, count(distinct receipt) as different from feedback',
  )
  await server.stop()
  await database.cleanup()
  record({
    check: `b  ${ROUNDS} rounds of kill -9 during feedback posts and publishes`,
    measured: `${acknowledged.size} feedback and ${publishes} publishes acknowledged; ${lostReceipts} feedback lost, ${stalePublishes} publishes lost; integrity_check ${integrity}; ${n} receipts, ${different} different`,
    met: lostReceipts === 0 && stalePublishes === 0 && integrity === 'ok' && n === different,
    target: 'all acknowledged writes present, integrity ok, no receipt reused',
  })
}

const runC = async () => {
  console.log('c: hostile GraphQL documents while /healthz is polled')
  const { database, server } = await startSeededServer('faults_c', {}, measuring)
  const documents: Record<string, string> = {
    '20,000 repeated fields': `{ Goals { docs { ${'id '.repeat(20_000)}} } }`,
    '3,000 aliases': `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: Goals { totalDocs }`).join(' ')} }`,
    'self-recursive fragment': 'query { ...A } fragment A on Query { ...A }',
    'fragment bomb (8^8)': `query { ...F0 } ${Array.from({ length: 8 }, (_, i) => `fragment F${i} on Query { ${Array.from({ length: 8 }, () => `...F${i + 1}`).join(' ')} }`).join(' ')} fragment F8 on Query { Goals { totalDocs } }`,
    '40 levels deep': `{ BudgetPlans { docs { ${'goals { docs { plan { '.repeat(13)}title${' } } }'.repeat(13)} } } }`,
    subscription: 'subscription { Goals { docs { id } } }',
    '60 MB body': 'x'.repeat(60 * 1024 * 1024),
  }
  // The first request to a route loads it; a resident's first query is not what is measured.
  await fetch(`${server.url}/api/graphql`, {
    body: JSON.stringify({ query: '{ Goals(limit: 1) { totalDocs } }' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  let worstRefusal = 0
  let worstHealth = 0
  let worstStall = 0
  const statuses: string[] = []
  for (const [name, query] of Object.entries(documents)) {
    // Encoded before the clock starts: the load generator's own work is not the server's.
    const body = Buffer.from(
      name === '60 MB body' ? `{"query":"${query}"}` : JSON.stringify({ query }),
    )
    const polling = (async () => {
      let worst = 0
      for (let i = 0; i < 5; i++) {
        const t = performance.now()
        await fetch(`${server.url}/healthz`)
        worst = Math.max(worst, performance.now() - t)
      }
      return worst
    })()
    // Until the answer's status line arrives, even while the body is still being sent: what the
    // server took to refuse.
    const { ms, status } = await timeToAnswer(`${server.url}/api/graphql`, body)
    worstRefusal = Math.max(worstRefusal, ms)
    worstHealth = Math.max(worstHealth, await polling)
    worstStall = Math.max(worstStall, longestStall(server))
    statuses.push(`${name} ${status} (${ms.toFixed(0)} ms)`)
  }
  await server.stop()
  await database.cleanup()
  record({
    check: `c  hostile GraphQL (${Object.keys(documents).length} documents)`,
    measured: `slowest refusal ${worstRefusal.toFixed(0)} ms, slowest /healthz ${worstHealth.toFixed(0)} ms, longest event-loop stall ${worstStall} ms; ${statuses.join(', ')}`,
    met:
      worstRefusal < 100 &&
      worstHealth < 100 &&
      worstStall < 100 &&
      statuses.every((s) => / 4\d\d \(/.test(s)),
    target: 'each refused (4xx) in < 100 ms, /healthz < 100 ms',
  })
}

const runD = async () => {
  console.log('d: a second process holds the write lock for 5 s')
  const { database, server } = await startSeededServer('faults_d', {}, measuring)
  const from = server.output().length
  const lock = await holdWriteLock(fileOf(database.url), 5000)
  let worstStall = 0
  let worstHealth = 0
  const write = (async () => {
    const t = performance.now()
    const res = await postFeedback(server, 'under the lock')
    return { ms: performance.now() - t, status: res.status }
  })()
  const page = await fetch(`${server.url}/api/public/plans/2021`)
  const until = Date.now() + 5500
  while (Date.now() < until) {
    const t = performance.now()
    await (await fetch(`${server.url}/healthz`)).arrayBuffer()
    worstHealth = Math.max(worstHealth, performance.now() - t)
    worstStall = Math.max(worstStall, longestStall(server, from))
    await sleep(100)
  }
  await lock.released
  const written = await write
  await server.stop()
  await database.cleanup()
  record({
    check: 'd  another process holds the write lock for 5 s',
    measured: `longest event-loop stall ${worstStall} ms, slowest /healthz ${worstHealth.toFixed(0)} ms, page ${page.status}; the write waited ${(written.ms / 1000).toFixed(1)} s and got ${written.status}`,
    met: worstStall < 100 && written.status === 201 && page.status === 200,
    target: 'stall < 100 ms (was 5,000 ms), the write stored after the lock',
  })
}

const runE = async () => {
  console.log(`e: ${SOAK_MINUTES}-minute soak at 32 connections`)
  const { database, server } = await startSeededServer(
    'faults_e',
    {
      FEEDBACK_RATE_PER_DAY: '100000',
      FEEDBACK_RATE_PER_MINUTE: '10000',
      JOBS_AUTORUN: 'false',
    },
    measuring,
  )
  const pid = server.process.pid ?? 0
  const auth = await adminAuthorization(server.url)
  const query = fs.readFileSync(path.join(root, 'docs', 'publicPlan.graphql'), 'utf8')
  const samples: number[] = []
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 60_000)
  const ids = await fetch(`${server.url}/api/initiatives?limit=3&depth=0`, {
    headers: { authorization: auth },
  })
  const initiatives = ((await ids.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
  const writes = soakWrites(server.url, initiatives)
  const load = await soakReads(server.url, query, SOAK_MINUTES)
  const { publishes, receipts, writeErrors } = await writes.stop()
  clearInterval(sampler)
  samples.push(rssMiB(pid))
  const stored = new Set(
    outsideQuery(fileOf(database.url), 'select receipt from feedback').map((r) =>
      String(r.receipt),
    ),
  )
  const lost = receipts.filter((r) => !stored.has(r)).length
  await server.stop()
  await database.cleanup()
  const atTwo = samples[Math.min(1, samples.length - 1)]
  const atEnd = samples[samples.length - 1]
  const growth = (atEnd - atTwo) / atTwo
  const verdict = soakVerdict(load, writeErrors, lost, growth)
  record({
    check: `e  ${SOAK_MINUTES}-minute soak, 32 connections (REST, GraphQL, HTML, stock REST, CSV) + feedback and publishes`,
    measured: `${verdict.reads}; ${receipts.length} feedback + ${publishes} publishes, ${writeErrors} failed, ${lost} lost; RSS by minute ${samples.map((s) => s.toFixed(0)).join(' → ')} MiB (end vs minute 2: ${(growth * 100).toFixed(1)} %)`,
    met: verdict.met,
    target: '0 errors, 0 lost writes, RSS at the end within 15 % of minute 2',
  })
}

const runF = async () => {
  const seed = Number(process.env.FAULTS_SEED ?? Date.now() % 2_147_483_647)
  console.log(`f: 10,000 fuzzed raw requests, seed ${seed} (replay: FAULTS_SEED=${seed})`)
  const { database, server } = await startSeededServer('faults_f', {}, measuring)
  const config = await buildAppConfig(
    readSettings({
      ...process.env,
      DATABASE_URL: 'file:/tmp/never-opened.db',
      PAYLOAD_SECRET: 'x'.repeat(40),
    }),
  )
  const sample = () =>
    fc.sample(fc.oneof(fc.nat({ max: 20 }).map(String), fc.string({ maxLength: 8 })), {
      numRuns: 1,
      seed: seed + 1,
    })[0]
  const staff = [
    await adminAuthorization(server.url),
    (await reviewAuthorizations(server.url)).editor,
  ]
  const requests = fc.sample(rawRequests(routesOf(config, sample), staff), {
    numRuns: 10_000,
    seed,
  })
  const port = Number(new URL(server.url).port)
  const from = server.output().length
  const byStatus = new Map<number, number>()
  const fivexx: string[] = []
  for (let i = 0; i < requests.length; i += 16) {
    await Promise.all(
      requests.slice(i, i + 16).map(async (request) => {
        const statuses = await sendRaw(port, request)
        for (const status of statuses) byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
        if (statuses.some((st) => st >= 500))
          fivexx.push(`${statuses.join(',')} ${request.method} ${request.path.slice(0, 120)}`)
      }),
    )
  }
  const healthy = (await fetch(`${server.url}/healthz`)).status
  const errors = server
    .output()
    .slice(from)
    .split('\n')
    .filter((line) => line.startsWith('{"level":50')).length
  const stall = longestStall(server, from)
  // The stall lines themselves (lag, CPU, GC, the routes in flight), to say what held the loop.
  const stallLines = server
    .output()
    .slice(from)
    .split('\n')
    .filter((line) => line.includes('event loop blocked for'))
  await server.stop()
  await database.cleanup()
  for (const line of [...fivexx.slice(0, 10), ...stallLines.slice(0, 10)]) {
    console.log(`    ${line.slice(0, 600)}`)
  }
  record({
    check: `f  10,000 fuzzed raw requests (seed ${seed}), every route, method and framing, a third anonymous`,
    measured: `${fivexx.length} 5xx, ${errors} error-level log lines, longest stall ${stall} ms; ${[
      ...byStatus,
    ]
      .sort(([a], [b]) => a - b)
      .map(([st, n]) => `${st}×${n}`)
      .join(' ')}; /healthz ${healthy} after`,
    met: fivexx.length === 0 && errors === 0 && healthy === 200,
    target: '0 5xx, 0 errors logged for client mistakes',
  })
}

const runG = async () => {
  const sequences = Number(process.env.FAULTS_SEQUENCES ?? 1000)
  console.log(`g: the review rules over ${sequences} random sequences`)
  const started = Date.now()
  const run = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      'http',
      '--testPathPatterns',
      'reviewInvariant',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, REVIEW_SEQUENCES: String(sequences) },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const output = `${run.stdout}${run.stderr}`
  const seed = /seed (\d+), \d+ sequences/.exec(output)?.[1]
  const failure = /Counterexample: (.*)/.exec(output)?.[1]
  record({
    check: `g  the review rules as an invariant, ${sequences} random sequences (seed ${seed})`,
    measured: `${run.status === 0 ? 'held in every sequence' : `broken: ${failure?.slice(0, 300) ?? 'see the output'}`} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    met: run.status === 0,
    target: 'what the public reads is exactly what another person approved, after every step',
  })
}

await runParts({ a: runA, b: runB, c: runC, d: runD, e: runE, f: runF, g: runG })
