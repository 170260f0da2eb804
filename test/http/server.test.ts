import fs from 'node:fs'

import { onPostgres } from '../helpers/postgres'
import { freshDatabaseUrl, onMongo } from '../helpers/testPayload'
import { type RunningServer, startServer } from '../helpers/server'

describe('server.ts (production build)', () => {
  let server: RunningServer
  let database: ReturnType<typeof freshDatabaseUrl>

  beforeAll(async () => {
    database = freshDatabaseUrl('http_server')
    server = await startServer({ DATABASE_URL: database.url })
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
    await database?.cleanup()
  })

  it('should answer /healthz after a database round trip, never cached', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({
      database: onMongo() ? 'mongodb' : onPostgres() ? 'postgres' : 'sqlite',
      maxEventLoopDelayMs: expect.any(Number),
      status: 'ok',
    })
  })

  it('should send security headers on every response, allowing only same-origin framing', async () => {
    for (const route of ['/healthz', '/admin', '/api/users', '/no-such-page']) {
      const res = await fetch(`${server.url}${route}`, { redirect: 'manual' })
      expect(res.headers.get('x-powered-by')).toBeNull()
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    }
  })

  it('should serve the admin panel in Swedish with nothing loaded from outside the server', async () => {
    const res = await fetch(`${server.url}/admin`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<html[^>]*lang="sv"/)
    expect(html).toContain('Välkommen')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!127\.0\.0\.1)/)
  })

  it('should refuse the user list to anonymous REST readers', async () => {
    const res = await fetch(`${server.url}/api/users`)
    expect(res.status).toBe(403)
  })

  it('should answer a GraphQL query', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ SiteSetting { organisationName } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      data: { SiteSetting: { organisationName: 'Hedemora kommun' } },
    })
  })

  // A database *file* exists only on SQLite; on PostgreSQL and MongoDB this case does not arise.
  ;(onMongo() || onPostgres() ? [] : [it]).forEach((sqliteIt) =>
    sqliteIt(
      'should turn /healthz 503 while the database file is unreadable and 200 again after',
      async () => {
        const file = database.url.slice('file:'.length)
        const away = `${file}.away`
        fs.renameSync(file, away)
        fs.chmodSync(away, 0o000)
        try {
          const res = await fetch(`${server.url}/healthz`)
          expect(res.status).toBe(503)
          const body = (await res.json()) as { reason: string; status: string }
          expect(body.status).toBe('unavailable')
          expect(body.reason).toContain(file)
        } finally {
          fs.chmodSync(away, 0o644)
          fs.renameSync(away, file)
        }
        const again = await fetch(`${server.url}/healthz`)
        expect(again.status).toBe(200)
      },
    ),
  )

  it('should finish in-flight requests and exit 0 on SIGTERM', async () => {
    const inFlight = fetch(`${server.url}/admin`).then((res) => res.status)
    await new Promise((r) => setTimeout(r, 50))
    const code = await server.stop()
    expect(await inFlight).toBe(200)
    expect(code).toBe(0)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })
})

describe('server.ts start-up checks', () => {
  const startExpectingFailure = async (
    env: Record<string, string>,
  ): Promise<{ code: null | number; output: string }> => {
    const { spawn } = await import('node:child_process')
    const child = spawn(process.execPath, ['--conditions=production', 'dist/server.mjs'], {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: '3999',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<null | number>((resolve) => child.on('exit', resolve))
    return { code, output }
  }

  it('should stop with a message naming DATABASE_URL and the accepted forms', async () => {
    const { code, output } = await startExpectingFailure({
      DATABASE_URL: 'mysql://u:secret@db/mob',
    })
    expect(code).toBe(1)
    expect(output).toContain(
      '[mal-och-budget] DATABASE_URL="mysql://u:***@db/mob" is not a database',
    )
    expect(output).toContain('postgres://')
    expect(output).toContain('mongodb+srv://')
    expect(output).not.toContain('secret@')
    expect(output).not.toMatch(/\n\s+at /)
  })

  it('should stop, naming DATABASE_URL without its password and the cause, when PostgreSQL cannot be reached', async () => {
    const { code, output } = await startExpectingFailure({
      DATABASE_URL: 'postgres://u:secret@db.invalid/mob',
    })
    expect(code).toBe(1)
    expect(output).toContain(
      '[mal-och-budget] DATABASE_URL="postgres://u:***@db.invalid/mob": cannot connect to Postgres: getaddrinfo ENOTFOUND db.invalid. Check that PostgreSQL runs',
    )
    expect(output).not.toContain('secret@')
  })

  it('should stop in production without PAYLOAD_SECRET, naming the variable and the fix', async () => {
    const { code, output } = await startExpectingFailure({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: '',
    })
    expect(code).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET is not set')
    expect(output).toContain('openssl rand -hex 32')
  })
})
