import type { Stall } from '../../host/server/stallMonitor'

import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** A production server (`npm start`'s command: dist/server.mjs on the `next build` output) running for a test. */
export type RunningServer = {
  /** Everything the process printed so far. */
  output: () => string
  process: ChildProcess
  /**
   * Sends SIGTERM and waits for the exit code; throws when the event loop stalled over 100 ms
   * while only anonymous requests were in flight (the suite's stall budget).
   */
  stop: () => Promise<null | number>
  url: string
}

const root = path.resolve(import.meta.dirname ?? '.', '../..')

/**
 * Whether a stall the server logged is the server's own work, as the stall budget counts it. Not
 * when its main thread hardly ran (under a quarter of the lag on the CPU): it was blocked in the
 * kernel, reading a file the machine's busy disk had not cached (Next.js loading a chunk while the
 * suite's databases write). Nor when it waited for a core longer than it ran: the machine was
 * overloaded, and on these virtual machines the host's own load is not reported as steal time
 * (`/proc/stat`'s steal reads 0), so the CPU time then also counts time the host took back (one CI
 * run in an hour of doubled test times: a feedback post's turn read 135 ms of CPU and 293 ms of
 * waiting; the same post takes 25–47 ms of CPU on a quiet machine).
 */
export const chargedToServer = (stall: Pick<Stall, 'cpuMs' | 'lagMs' | 'waitMs'>): boolean =>
  stall.cpuMs >= stall.lagMs / 4 && stall.waitMs <= stall.cpuMs

/** A TCP port that was free a moment ago. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })

/** Starts `npm start`'s command on a free port and waits until `/healthz` answers 200. */
export const startServer = async (
  env: Record<string, string>,
  timeoutMs = 90_000,
  /** `port`: the one to listen on (a process restarted where a load balancer expects it). */
  options: { allowStalls?: boolean; port?: number } = {},
): Promise<RunningServer> => {
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  // The server writes every event-loop stall over 100 ms here when it stops (the stall budget).
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mob-server-'))
  const stallReport = path.join(folder, 'stalls.json')
  // Its output goes to a file, not a pipe: on Linux a process writes to a pipe synchronously, so a
  // test runner busy elsewhere (a screenshot, axe) would hold the server's event loop once the
  // pipe's buffer is full — a stall of the harness's making.
  const outputFile = path.join(folder, 'output.log')
  const outputFd = fs.openSync(outputFile, 'a')
  const output = () => fs.readFileSync(outputFile, 'utf8')
  const child = spawn(
    process.execPath,
    [
      '--conditions=production',
      '--max-semi-space-size=32',
      // e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` for a profile of the server under a benchmark
      ...(process.env.SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      'dist/server.mjs',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'http-test-secret-that-is-long-enough-0123456789',
        PORT: String(port),
        SERVER_URL: url,
        STALL_REPORT_FILE: stallReport,
        ...env,
      },
      stdio: ['ignore', outputFd, outputFd],
    },
  )
  fs.closeSync(outputFd)
  const exited = new Promise<null | number>((resolve) => child.on('exit', (code) => resolve(code)))

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output()}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${output()}`)
    }
    const healthy = await fetch(`${url}/healthz`).then(
      (res) => res.status === 200,
      () => false,
    )
    if (healthy) break
    await new Promise((r) => setTimeout(r, 200))
  }

  return {
    output,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const code = await exited
      // The stall budget: no anonymous request may have held the event loop over 100 ms. A stall
      // while signed-in requests were in flight too is not charged to the anonymous ones: the
      // loop's time then went to several requests' work at once (eight staff saves in one turn of
      // the loop take that long together), and which of them held it cannot be told. The server
      // still logs every stall.
      const stalls = fs.existsSync(stallReport)
        ? (JSON.parse(fs.readFileSync(stallReport, 'utf8')) as Stall[])
        : []
      const anonymous = stalls.filter(
        (s) => s.requests.length > 0 && s.requests.every((r) => r.anonymous) && chargedToServer(s),
      )
      if (anonymous.length > 0 && !options.allowStalls) {
        throw new Error(
          `the server's event loop stalled over 100 ms during anonymous requests: ${JSON.stringify(anonymous).slice(0, 2000)}`,
        )
      }
      return code
    },
    url,
  }
}
