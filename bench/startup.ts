/**
 * Start-up and idle-memory figures of the production server on SQLite: time from spawning
 * `npm start`'s command to the first `/healthz` 200 — on a fresh database (migrations applied at
 * start) and again on that same database (a restart, the usual case) — and the server's RSS after
 * 100 `/healthz` requests; each measured RUNS times (default 5), medians printed. Needs
 * `npm run build` first.
 *   npm run bench:startup
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../test/helpers/server'

const runs = Number(process.env.RUNS ?? 5)
const root = path.resolve(import.meta.dirname, '..')

const rssOf = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const once = async (dir: string): Promise<{ rssMiB: number; startMs: number }> => {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--no-deprecation', '--max-semi-space-size=32', 'dist/server.mjs'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
        HOST: '127.0.0.1',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef',
        PORT: String(port),
      },
      stdio: 'ignore',
    },
  )
  try {
    const url = `http://127.0.0.1:${port}/healthz`
    for (;;) {
      const ok = await fetch(url).then(
        (r) => r.status === 200,
        () => false,
      )
      if (ok) break
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
      await new Promise((r) => setTimeout(r, 20))
    }
    const startMs = performance.now() - started
    for (let i = 0; i < 100; i++) await (await fetch(url)).arrayBuffer()
    return { rssMiB: rssOf(child.pid ?? 0), startMs }
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

const results: { rssMiB: number; startMs: number }[] = []
const restarts: number[] = []
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-bench-'))
  try {
    const result = await once(dir)
    const restart = await once(dir)
    results.push(result)
    restarts.push(restart.startMs)
    console.log(
      `run ${i + 1}: start→/healthz 200 ${result.startMs.toFixed(0)} ms on a fresh database, ` +
        `${restart.startMs.toFixed(0)} ms restarted on it; RSS after 100 requests ${result.rssMiB.toFixed(1)} MiB`,
    )
  } finally {
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
console.log(
  `median of ${runs}: start ${median(results.map((r) => r.startMs)).toFixed(0)} ms (fresh database), ` +
    `${median(restarts).toFixed(0)} ms (restart), RSS ${median(results.map((r) => r.rssMiB)).toFixed(1)} MiB ` +
    `(${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version})`,
)
