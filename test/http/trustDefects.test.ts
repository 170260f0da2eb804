import fs from 'node:fs'
import http from 'node:http'

import { budgetXlsx } from '../helpers/budgetFiles'
import {
  adminAuthorization,
  publishReviewed,
  reviewAuthorizations,
  startSeededServer,
} from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

/** The server's resident memory in MiB, from the kernel. */
const rssOf = (pid: number | undefined): number =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

describe('what an adversarial test found, each at its cause (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let admin: string
  let editor: string
  let planId: number

  const call = async (
    method: string,
    path: string,
    auth?: string,
    body?: unknown,
    headers = {},
  ) => {
    const res = await fetch(`${server.url}${path}`, {
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      headers: {
        ...(auth ? { authorization: auth } : {}),
        'content-type': 'application/json',
        ...headers,
      },
      method,
    })
    return { headers: res.headers, status: res.status, text: await res.text() }
  }
  const graphql = (query: string, variables?: object, auth?: string) =>
    call('POST', '/api/graphql', auth, { query, variables })
  const timedHealth = async () => {
    const started = performance.now()
    const res = await fetch(`${server.url}/healthz`)
    await res.text()
    return { ms: performance.now() - started, status: res.status }
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_trust_defects', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    admin = await adminAuthorization(server.url)
    editor = (await reviewAuthorizations(server.url)).editor
    const plans = await call('GET', '/api/budget-plans?where[year][equals]=2021&depth=0', admin)
    planId = (JSON.parse(plans.text) as { docs: { id: number }[] }).docs[0].id
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('1. should keep the page public when an editor saves a draft and then saves plainly, by REST or GraphQL', async () => {
    expect(
      (await call('PATCH', `/api/budget-plans/${planId}?draft=true`, editor, { subtitle: 'x' }))
        .status,
    ).toBe(200)
    expect(
      (await call('PATCH', `/api/budget-plans/${planId}`, editor, { subtitle: 'y' })).status,
    ).toBe(200)
    expect(
      JSON.parse(
        (await graphql(`mutation { updateBudgetPlan(id: ${planId}, data: {}) { id } }`, {}, editor))
          .text,
      ).errors,
    ).toBeUndefined()
    expect((await call('GET', '/api/public/plans/2021')).status).toBe(200)
    expect((await fetch(`${server.url}/mal-och-budget/2021`)).status).toBe(200)
    expect((await call('GET', `/api/budget-plans/${planId}`)).status).toBe(200)
  })

  it('3. should let only an administrator mark a plan as decided', async () => {
    const decision = { date: '2021-03-10', diarienummer: 'KS 2020/123', paragraph: '§ 12' }
    const refused = await call('POST', `/api/budget-plans/${planId}/decide`, editor, decision)
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Bara en administratör')
    expect((await call('GET', '/api/public/plans/2021/decided')).status).toBe(404)
  })

  it('4. should refuse the nested-join query that stalled the server before it runs, while /healthz answers', async () => {
    const one = (i: number) =>
      `a${i}: Initiatives(limit: 100) { docs { plan { goals(limit: 100) { docs { title plan { goals(limit: 100) { docs { title } } } } } } } }`
    const query = `{ ${Array.from({ length: 10 }, (_, i) => one(i)).join(' ')} }`
    const started = performance.now()
    const [answer, health] = await Promise.all([graphql(query), timedHealth()])
    expect(performance.now() - started).toBeLessThan(1000)
    expect(answer.text).toContain('för många rader')
    expect(answer.text).not.toContain('"data"')
    expect(health.status).toBe(200)
    expect(health.ms).toBeLessThan(500)
  })

  it('5. should count sign-ins by the socket’s address, whatever X-Forwarded-For or our header say', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) {
      const { text } = await call(
        'POST',
        '/api/graphql',
        undefined,
        { query: 'mutation { loginUser(email: "admin@hedemora.se", password: "fel") { token } }' },
        { 'x-forwarded-for': `203.0.113.${i}`, 'x-mob-client-address': `198.51.100.${i}` },
      )
      const error = (JSON.parse(text) as { errors?: { extensions?: { statusCode?: number } }[] })
        .errors?.[0]
      statuses.push(error?.extensions?.statusCode ?? 200)
    }
    expect(statuses.at(-1)).toBe(429)
  })

  it('6. should refuse a chunked body past its limit while it arrives, and give the memory back', async () => {
    const before = rssOf(server.process.pid)
    const started = performance.now()
    const status = await new Promise<number | string>((resolve) => {
      const req = http.request(`${server.url}/api/goals`, {
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        method: 'POST',
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
      const chunk = Buffer.alloc(1024 * 1024, 0x61)
      let sent = 0
      const pump = () => {
        while (sent < 300) {
          sent += 1
          if (!req.write(chunk)) return void req.once('drain', pump)
        }
        req.end()
      }
      pump()
    })
    expect(status).toBe(413)
    expect(performance.now() - started).toBeLessThan(3000)
    expect((await timedHealth()).ms).toBeLessThan(500)
    expect(rssOf(server.process.pid) - before).toBeLessThan(100)
    // A small chunked body is read as any other.
    const small = await new Promise<number>((resolve) => {
      const req = http.request(`${server.url}/api/public/feedback`, {
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        method: 'POST',
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.write('{"page": 999999, "message": ')
      req.end('"Hej"}')
    })
    expect(small).toBe(404)
  })

  it('7. should give no spreadsheet a formula to run in open data, whatever a committee or a title is called', async () => {
    const payloads = [
      '=HYPERLINK("http://evil.example","x")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)',
      '-2+3+cmd|x',
    ]
    const published = await publishReviewed(server.url, 'budget-plans', planId, {
      budgetLines: payloads.map((committee, i) => ({
        amount: 1000 * (i + 1),
        committee,
        income: false,
        kind: 'drift',
      })),
    })
    expect(published.status).toBe(200)
    const csv = (await call('GET', '/api/public/plans/2021/open-data.csv?table=budget-lines')).text
    for (const p of payloads) {
      expect(csv).toContain(`'${p.replace(/"/g, '""')}`)
      expect(csv).not.toMatch(new RegExp(`(^|;|")${p.slice(0, 4).replace(/[+|()]/g, '\\$&')}`, 'm'))
    }
  })

  it('8. should refuse a budget file of 20,000 rows with its count, read off the main thread', async () => {
    const file = await budgetXlsx(
      Array.from({ length: 20_000 }, (_, i) => [`Nämnd ${i}`, 'drift', i, null, null]),
    )
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)]), 'budget.xlsx')
    const [answer, health] = await Promise.all([
      fetch(`${server.url}/api/budget-plans/${planId}/budget-import`, {
        body: form,
        headers: { authorization: admin },
        method: 'POST',
      }),
      new Promise((r) => setTimeout(r, 150)).then(timedHealth),
    ])
    expect(answer.status).toBe(400)
    expect(await answer.text()).toContain('20000 rader')
    expect(health.ms).toBeLessThan(500)
  })

  it('9. should answer every one of the found 5xx routes with a 4xx', async () => {
    // A refused document, twice.
    for (let i = 0; i < 2; i++) expect((await graphql('{ x')).status).toBe(400)
    const noBoundary = await call('POST', '/api/goals', undefined, 'x', {
      'content-type': 'multipart/form-data',
    })
    expect(noBoundary.status).toBe(400)
    expect((await call('POST', '/api/users/verify/X')).status).toBe(404)
    expect((await call('POST', '/api/payload-jobs/versions/1')).status).toBe(404)
    expect((await call('GET', '/api/payload-migrations')).status).toBe(404)
    expect((await call('DELETE', '/api/payload-migrations/1', admin)).status).toBe(404)
    const huge = await graphql('query($year: Int) { PublicPlan(year: $year) { title } }', {
      year: 1e308,
    })
    expect(huge.status).toBeLessThan(500)
    expect(huge.text).not.toContain('"statusCode":500')
    expect((await call('GET', '/api/plan-decisions/versions', admin)).status).toBe(404)
    expect((await call('GET', '/api/globals/public-change-marker/versions', admin)).status).toBe(
      404,
    )
    // An admin deleting a decided plan is told what refers to it.
    const plan = await call('POST', '/api/budget-plans?draft=true', admin, {
      title: 'Tom plan',
      year: 2031,
    })
    const id = (JSON.parse(plan.text) as { doc: { id: number } }).doc.id
    expect((await publishReviewed(server.url, 'budget-plans', id)).status).toBe(200)
    const decision = { date: '2031-03-10', diarienummer: 'KS 2030/1', paragraph: '§ 1' }
    expect((await call('POST', `/api/budget-plans/${id}/decide`, admin, decision)).status).toBe(200)
    const deleted = await call('DELETE', `/api/budget-plans/${id}`, admin)
    expect(deleted.status).toBe(409)
    expect(deleted.text).toContain('Beslutad version')
  })

  it('9. should never make the server fetch an address a client names for an upload', async () => {
    let fetched = 0
    const target = http.createServer((_req, res) => {
      fetched += 1
      res.end('x')
    })
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', () => r()))
    const { port } = target.address() as { port: number }
    try {
      const answer = await call('POST', '/api/media', admin, {
        alt: 'Bild',
        filename: 'bild.jpg',
        url: `http://127.0.0.1:${port}/bild.jpg`,
      })
      expect(answer.status).toBe(400)
      expect(answer.text).toContain('Ladda upp själva filen')
      expect(fetched).toBe(0)
    } finally {
      target.close()
    }
  })

  it('10. should send gzip only when it is accepted, and keep staff GraphQL answers out of shared caches', async () => {
    const refused = await fetch(`${server.url}/mal-och-budget/2021`, {
      headers: { 'accept-encoding': 'gzip;q=0' },
    })
    expect(refused.headers.get('content-encoding')).toBeNull()
    const accepted = await fetch(`${server.url}/mal-och-budget/2021`, {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(accepted.headers.get('content-encoding')).toBe('gzip')
    const staff = await fetch(
      `${server.url}/api/graphql?query=${encodeURIComponent('{ Goals(limit: 1) { docs { id } } }')}`,
      {
        headers: { authorization: admin },
      },
    )
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toMatch(/private/)
  })
})
