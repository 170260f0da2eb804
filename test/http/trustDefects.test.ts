import fc from 'fast-check'
import fs from 'node:fs'
import http from 'node:http'

import { buildAppConfig } from '../../host/config'
import { readSettings } from '../../host/settings'
import { budgetXlsx } from '../helpers/budgetFiles'
import {
  adminAuthorization,
  publishReviewed,
  reviewAuthorizations,
  startSeededServer,
} from '../helpers/seededServer'
import { chargedToServer, type RunningServer } from '../helpers/server'

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

  it("11. should keep one client's GraphQL variables out of another's answer, and out of the log", async () => {
    const query = 'query($y: Int) { PublicPlan(year: $y) { title } }'
    const wrong = await graphql(query, { y: 'ebba.ek@exempel.se' })
    expect(wrong.status).toBeLessThan(500)
    expect(wrong.text).toContain('non-integer')
    for (const variables of [{ y: 2021 }, { y: 2021 }]) {
      const right = await graphql(query, variables)
      expect(right.text).not.toContain('ebba.ek')
      expect(
        (JSON.parse(right.text) as { data: { PublicPlan: { title: string } } }).data.PublicPlan
          .title,
      ).toMatch(/2021/)
    }
    // Payload's own route (not only PublicPlan) refuses the same and logs no value.
    const own = await graphql('query($id: Int!) { Goal(id: $id) { title } }', {
      id: 'ebba.ek@exempel.se',
    })
    expect(own.status).toBeLessThan(500)
    expect(server.output()).not.toContain('ebba.ek')
  })

  it('12. should answer 404, not 500, for a collection named like a property of every object', async () => {
    for (const path of [
      '/api/constructor',
      '/api/__proto__/1',
      '/api/toString/1',
      '/api/hasOwnProperty',
      '/api/constructor/versions',
      '/api/globals/constructor',
    ])
      for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
        const answer = await call(
          method,
          path,
          method === 'GET' ? undefined : admin,
          method === 'GET' ? undefined : {},
        )
        expect(`${method} ${path} ${answer.status}`).toBe(`${method} ${path} 404`)
      }
  })

  it('13. should refuse a follow link whose token has a letter of two bytes with a 4xx', async () => {
    for (const length of [42, 43, 44]) {
      const token = encodeURIComponent(`ä${'a'.repeat(length - 1)}`)
      const unsubscribe = await call(
        'GET',
        `/api/public/follow/unsubscribe?address=${'a'.repeat(64)}&token=${token}`,
      )
      expect(unsubscribe.status).toBeGreaterThanOrEqual(400)
      expect(unsubscribe.status).toBeLessThan(500)
      const confirm = await call('GET', `/api/public/follow/confirm?id=1&token=${token}`)
      expect(confirm.status).toBeGreaterThanOrEqual(400)
      expect(confirm.status).toBeLessThan(500)
    }
  })

  it('14. should refuse an anonymous question about permissions with 401, and answer a signed-in one', async () => {
    for (const query of [
      '{ Access { canAccessAdmin } }',
      'query { ...A } fragment A on Query { Access { canAccessAdmin } }',
    ]) {
      const anonymous = await graphql(query)
      expect(anonymous.status).toBe(401)
      expect(anonymous.text).toContain('Logga in')
    }
    // A stale session cookie or a forged token is nobody's either (it was a 500).
    for (const headers of [
      { cookie: 'payload-token=eyJhbGciOiJIUzI1NiJ9.e30.c3RhbGU' },
      { cookie: 'payload-token=' },
      { authorization: 'JWT not-a-token' },
      { authorization: 'Bearer x' },
      { authorization: 'users API-Key 00000000-0000-0000-0000-000000000000' },
    ]) {
      const stale = await call(
        'POST',
        '/api/graphql',
        undefined,
        { query: '{ Access { canAccessAdmin } }' },
        headers,
      )
      expect([headers, stale.status]).toEqual([headers, 401])
    }
    const signedIn = await graphql('{ Access { canAccessAdmin } }', undefined, admin)
    expect(JSON.parse(signedIn.text)).toEqual({ data: { Access: { canAccessAdmin: true } } })
  })

  it('15. should refuse a save that names a plan, goal or image that does not exist with 400 in both languages', async () => {
    const goals = await call('GET', '/api/goals?limit=1&depth=0', admin)
    const goal = (JSON.parse(goals.text) as { docs: { id: number }[] }).docs[0].id
    for (const [method, path, body] of [
      ['PATCH', `/api/goals/${goal}?draft=true`, { plan: 99999 }],
      ['PATCH', `/api/goals/${goal}?draft=true`, { focusAreas: [99999] }],
      ['POST', '/api/goals?draft=true', { plan: 99999, title: 'Ett mål' }],
      ['PATCH', `/api/budget-plans/${planId}?draft=true`, { heroImage: 99999 }],
    ] as const) {
      const answer = await call(method, path, editor, body)
      expect(`${method} ${path} ${answer.status}`).toBe(`${method} ${path} 400`)
      expect(answer.text).toMatch(/inte finns.* \/ .*does not exist/)
    }
    // PostgreSQL cannot store a NUL in text (a 500 before): a text with one is a 400 that says
    // so, on both databases (SQLite stored it), by a duplicate, a save and a draft save alike.
    const initiatives = await call('GET', '/api/initiatives?limit=1&depth=0', admin)
    const initiative = (JSON.parse(initiatives.text) as { docs: { id: number }[] }).docs[0].id
    for (const [method, path] of [
      ['POST', `/api/initiatives/${initiative}/duplicate`],
      ['PATCH', `/api/initiatives/${initiative}`],
      ['PATCH', `/api/initiatives/${initiative}?draft=true`],
    ] as const) {
      const answer = await call(method, path, editor, { title: 'a\u0000b' })
      expect(`${method} ${path} ${answer.status}`).toBe(`${method} ${path} 400`)
      expect(answer.text).toMatch(/NUL.* \/ .*NUL/)
    }
    // A date that does not exist (JavaScript reads 2021-02-30 as 2 March) is refused too.
    const impossible = await call('PATCH', `/api/initiatives/${initiative}?draft=true`, editor, {
      startDate: '2021-02-30',
    })
    expect(impossible.status).toBe(400)
    expect(impossible.text).toContain('startDate')
    const viaGraphQL = await graphql(
      `mutation { updateGoal(id: ${goal}, draft: true, data: { plan: 99999 }) { id } }`,
      undefined,
      editor,
    )
    expect(viaGraphQL.text).toContain('"statusCode":400')
    // Values out of bounds, of no choice or of no format, in a draft saved by GraphQL, are
    // refused as by REST, and nothing of them is kept.
    for (const [data, field] of [
      ['progress: 500', 'progress'],
      ['startDate: "2021-02-30"', 'startDate'],
      ['title: "a\\u0000b"', 'title'],
      ['status: "nonsense"', 'status'],
    ] as const) {
      const answer = await graphql(
        `mutation { updateInitiative(id: ${initiative}, draft: true, data: { ${data} }) { id } }`,
        undefined,
        editor,
      )
      const errors = (JSON.parse(answer.text) as { errors?: { message: string }[] }).errors ?? []
      expect([data, errors.length > 0]).toEqual([data, true])
      expect([data, errors[0]?.message]).toEqual([data, expect.stringMatching(/ \/ /)])
      expect(answer.text).toContain(field)
      const kept = JSON.parse(
        (await call('GET', `/api/initiatives/${initiative}?draft=true&depth=0`, admin)).text,
      ) as Record<string, unknown>
      expect([data, kept.progress === 500 || kept.status === 'nonsense']).toEqual([data, false])
    }
    // A query that does not fit the schema: a 400 in both languages (it was a 200 with GraphQL's
    // English), whichever answer type the client takes; a good one keeps the type it asked for.
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
      const wrong = await call(
        'POST',
        '/api/graphql',
        undefined,
        {
          query: '{ Goals { docs { nonsense } } }',
        },
        { accept },
      )
      expect([accept, wrong.status]).toEqual([accept, 400])
      expect(wrong.text).toMatch(
        /schema: Cannot query field \\"nonsense\\".* \/ .*Cannot query field/,
      )
      const right = await call(
        'POST',
        '/api/graphql',
        undefined,
        {
          query: '{ Goals(limit: 1) { totalDocs } }',
        },
        { accept },
      )
      expect([accept, right.status, right.headers.get('content-type')]).toEqual([
        accept,
        200,
        expect.stringContaining(accept === '*/*' ? 'application/json' : accept),
      ])
    }
  })

  it('16. should answer saves, deletes and reads of one document at once without a 5xx (random rounds)', async () => {
    const seed = Number(process.env.CONCURRENT_WRITES_SEED ?? Date.now() % 2 ** 31)
    console.log(`[concurrent writes] seed ${seed} (replay: CONCURRENT_WRITES_SEED=${seed})`)
    const { reviewer } = await reviewAuthorizations(server.url)
    const operations = {
      adminDelete: (id: number) => call('DELETE', `/api/savings-measures/${id}`, admin),
      autosave: (id: number) =>
        call('PATCH', `/api/savings-measures/${id}?draft=true&autosave=true`, editor, {
          title: 'E',
        }),
      bulkDelete: (id: number) =>
        call('DELETE', `/api/savings-measures?where[id][equals]=${id}`, admin),
      bulkSave: (id: number) =>
        call('PATCH', `/api/savings-measures?draft=true&where[id][equals]=${id}`, editor, {
          title: 'D',
        }),
      duplicate: (id: number) =>
        call('POST', `/api/savings-measures/${id}/duplicate?draft=true`, editor, {}),
      restore: async (id: number) => {
        const versions = await call(
          'GET',
          `/api/savings-measures/versions?where[parent][equals]=${id}&limit=1&depth=0`,
          admin,
        )
        const version = (JSON.parse(versions.text) as { docs: { id: number }[] }).docs[0]
        return version
          ? call('POST', `/api/savings-measures/versions/${version.id}?draft=true`, editor, {})
          : versions
      },
      adminSave: (id: number) =>
        call('PATCH', `/api/savings-measures/${id}`, admin, { title: 'A' }),
      approve: (id: number) =>
        call('POST', `/api/savings-measures/${id}/workflow`, reviewer, { action: 'approve' }),
      draftSave: (id: number) =>
        call('PATCH', `/api/savings-measures/${id}?draft=true`, editor, { title: 'B' }),
      editorDelete: (id: number) => call('DELETE', `/api/savings-measures/${id}`, editor),
      graphqlSave: (id: number) =>
        graphql(
          `mutation { updateSavingsMeasure(id: ${id}, draft: true, data: { title: "C" }) { id } }`,
          undefined,
          editor,
        ),
      read: (id: number) => call('GET', `/api/savings-measures/${id}?draft=true&depth=2`, admin),
      submit: (id: number) =>
        call('POST', `/api/savings-measures/${id}/workflow`, editor, { action: 'submit' }),
    }
    const names = Object.keys(operations) as (keyof typeof operations)[]
    const failures: string[] = []
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...names), { maxLength: 7, minLength: 2 }),
        async (round) => {
          const created = await call('POST', '/api/savings-measures?draft=true', admin, {
            order: 99,
            plan: planId,
            title: 'Åtgärd i test',
          })
          expect(created.status).toBe(201)
          const id = (JSON.parse(created.text) as { doc: { id: number } }).doc.id
          const answers = await Promise.all(round.map((name) => operations[name](id)))
          answers.forEach((answer, i) => {
            if (
              answer.status >= 500 ||
              answer.text.includes('"statusCode":500') ||
              (answer.status === 409 && !answer.text.includes(' / '))
            )
              failures.push(
                `${round[i]} ${answer.status} ${answer.text.slice(0, 200)} (with ${round.join(', ')})`,
              )
          })
        },
      ),
      { numRuns: 15, seed },
    )
    // With the server's own account of each 5xx.
    const errors = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":50'))
      .map((line) => line.slice(0, 600))
    expect({ errors, failures }).toEqual({ errors: [], failures: [] })
  }, 180_000)

  it("18. should answer Payload's own refusals in Swedish and English, as ours are", async () => {
    const messageOf = (text: string) =>
      (JSON.parse(text) as { errors: { message: string }[] }).errors[0].message
    for (const auth of ['', admin]) {
      const missing = await call('GET', '/api/goals/999999', auth)
      expect(missing.status).toBe(404)
      expect(messageOf(missing.text)).toMatch(/^[^/]*hittades inte[^/]* \/ .*not found/i)
    }
    const badJson = await call('POST', '/api/goals', admin, '{"title": ')
    expect(badJson.status).toBe(400)
    expect(messageOf(badJson.text)).toBe('Ogiltig JSON: kontrollera kroppen / Invalid JSON')
    const graph = await graphql('{ Goal(id: 999999) { id } }', {}, admin)
    expect((JSON.parse(graph.text) as { errors: { message: string }[] }).errors[0].message).toMatch(
      / \/ /,
    )
  })

  it('19. should take one of two review steps sent at once and refuse the other with 409, by REST and GraphQL', async () => {
    const { reviewer } = await reviewAuthorizations(server.url)
    const goals = await call('GET', '/api/goals?limit=1&depth=0&sort=-id', admin)
    const goal = (JSON.parse(goals.text) as { docs: { id: number }[] }).docs[0].id
    const rest = (auth: string, body: object) =>
      call('POST', `/api/goals/${goal}/workflow`, auth, body)
    const viaGraphQL = async (auth: string, args: string) => {
      const answer = await graphql(
        `mutation { reviewWorkflow(collection: goals, id: "${goal}", ${args}) { reviewState } }`,
        undefined,
        auth,
      )
      const body = JSON.parse(answer.text) as { errors?: { extensions: { statusCode: number } }[] }
      return { status: body.errors?.[0]?.extensions.statusCode ?? answer.status, text: answer.text }
    }
    for (let round = 0; round < 4; round++) {
      const title = `Två granskare samtidigt ${round}`
      expect((await call('PATCH', `/api/goals/${goal}?draft=true`, editor, { title })).status).toBe(
        200,
      )
      expect((await rest(editor, { action: 'submit' })).status).toBe(200)
      const [approve, send] = await Promise.all(
        round % 2
          ? [
              viaGraphQL(reviewer, 'action: approve'),
              viaGraphQL(admin, 'action: return, comment: "Nej"'),
            ]
          : [
              rest(reviewer, { action: 'approve' }),
              rest(admin, { action: 'return', comment: 'Nej' }),
            ],
      )
      expect([approve.status, send.status].sort()).toEqual([200, 409])
      const state = JSON.parse(
        (await call('GET', `/api/goals/${goal}?draft=true&depth=0`, admin)).text,
      ) as { reviewState: string }
      const publicTitle = (
        JSON.parse((await call('GET', `/api/goals/${goal}?depth=0`)).text) as { title?: string }
      ).title
      if (approve.status === 200) {
        expect([state.reviewState, publicTitle]).toEqual(['approved', title])
      } else {
        expect(state.reviewState).toBe('returned')
        expect(publicTitle).not.toBe(title)
      }
    }
  })

  it('21. should keep an edit saved while its approval runs as the latest draft, and publish what was approved', async () => {
    const { reviewer } = await reviewAuthorizations(server.url)
    const goals = await call('GET', '/api/goals?limit=1&depth=0&sort=id', admin)
    const goal = (JSON.parse(goals.text) as { docs: { id: number }[] }).docs[0].id
    const titleOf = async (path: string, auth?: string) =>
      (JSON.parse((await call('GET', path, auth)).text) as { title?: string }).title
    for (let round = 0; round < 6; round++) {
      const approved = `Godkänd rubrik ${round}`
      const edited = `Ändrad under godkännandet ${round}`
      await call('PATCH', `/api/goals/${goal}?draft=true`, editor, { title: approved })
      expect(
        (await call('POST', `/api/goals/${goal}/workflow`, editor, { action: 'submit' })).status,
      ).toBe(200)
      const [approve, edit] = await Promise.all([
        call('POST', `/api/goals/${goal}/workflow`, reviewer, { action: 'approve' }),
        call('PATCH', `/api/goals/${goal}?draft=true`, editor, { title: edited }),
      ])
      expect([approve.status, edit.status].every((s) => s < 500)).toBe(true)
      // What the editor was told was saved is what the editor goes on working on.
      if (edit.status === 200)
        expect(await titleOf(`/api/goals/${goal}?draft=true&depth=0`, admin)).toBe(edited)
      // What goes public is what the reviewer approved.
      if (approve.status === 200) expect(await titleOf(`/api/goals/${goal}?depth=0`)).toBe(approved)
    }
  })

  it('20. should refuse a filter through a relationship into a join with 400 (it was a 500), and word every refusal in both languages', async () => {
    const messageOf = (text: string) =>
      (JSON.parse(text) as { errors: { message: string }[] }).errors[0].message
    for (const path of [
      '/api/goals?where[plan.goals][exists]=true',
      '/api/goals?where[plan.goals.title][like]=a',
      '/api/initiatives?where[plan.initiatives.title][like]=a',
      '/api/savings-measures?where[plan.goals][exists]=true',
      '/api/follow-up-reports?where[plan.goals][exists]=true',
      // Paths Payload itself refuses (the review state only to anonymous readers), in English
      // only before.
      '/api/goals?where[reviewState][exists]=true',
      '/api/goals?where[nonexistentfield][equals]=1',
      // An empty choice (PostgreSQL's enum refused it with a 500, found by the fuzzer).
      '/api/goal-assessments/count?where[or][0][_status][equals]=',
      '/api/initiatives?where[status][in]=planned,',
    ]) {
      for (const auth of path.includes('reviewState') ? [''] : ['', admin]) {
        const answer = await call('GET', path, auth)
        expect([path, answer.status]).toEqual([path, 400])
        expect([path, messageOf(answer.text)]).toEqual([path, expect.stringMatching(/ \/ /)])
      }
    }
    // No route takes PUT: 405 saying to use PATCH (it was Payload's English "Route not found").
    for (const auth of ['', admin]) {
      const put = await call('PUT', '/api/goals/1', auth, { title: 'x' })
      expect(put.status).toBe(405)
      expect(put.headers.get('allow')).toContain('PATCH')
      expect(messageOf(put.text)).toMatch(/PATCH \/ .*PATCH/)
    }
    // A second plan with the same slug: Payload's "Värdet måste vara unikt", with its English.
    // (Test 9 leaves a decided plan for 2031.)
    const plan = { slug: 'dubbel-2045', title: 'Dubbel 2045', year: 2045 }
    expect((await call('POST', '/api/budget-plans?draft=true', editor, plan)).status).toBe(201)
    const twice = await call('POST', '/api/budget-plans?draft=true', editor, {
      ...plan,
      year: 2046,
    })
    expect(twice.status).toBe(400)
    expect(messageOf(twice.text)).toMatch(/slug.*unik.* \/ .*unique/i)
  })

  it('17. should keep the event loop turning while anonymous readers ask for many lists at once (it stalled 240–470 ms)', async () => {
    const list =
      'Initiatives(limit: 100) { docs { title description places { name } milestones { title } } }'
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${list}`).join(' ')} }`
    const from = server.output().length
    const answers = await Promise.all([1, 2, 3].map(() => graphql(query)))
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      const body = JSON.parse(answer.text) as {
        data: Record<string, { docs: { title: string }[] }>
        errors?: unknown
      }
      expect(body.errors).toBeUndefined()
      expect(body.data.a19.docs.length).toBeGreaterThan(0)
    }
    // The server logs each stall of its loop over 100 ms with the main thread's time on the CPU
    // (a stall it did not spend running is this machine's other work).
    const stalls = server
      .output()
      .slice(from)
      .split('\n')
      .filter((line) => line.includes('event loop blocked'))
      .map((line) => JSON.parse(line) as { cpuMs: number; lagMs: number; waitMs: number })
      .filter(chargedToServer)
    expect(stalls).toEqual([])
  }, 60_000)

  it("22. should answer an API address no endpoint takes with a 404 in both languages (it was Payload's English 'Route not found'), and let every endpoint through", async () => {
    const config = await buildAppConfig(
      readSettings({
        ...process.env,
        DATABASE_URL: 'file:/tmp/never-opened.db',
        PAYLOAD_SECRET: 'x'.repeat(40),
      }),
    )
    const ours = /^Ingen sådan adress i API:et: .* \/ No such address in the API: /
    const bodyFor = (method: string) => (['post', 'patch'].includes(method) ? {} : undefined)
    // Every endpoint of the site, anonymous, with ids nobody has: Payload answers each itself.
    const endpoints = [
      ...config.collections.flatMap((c) =>
        (c.endpoints || []).map((e) => ({ ...e, base: `/api/${c.slug}` })),
      ),
      ...config.globals.flatMap((g) =>
        (g.endpoints || []).map((e) => ({ ...e, base: `/api/globals/${g.slug}` })),
      ),
      ...(config.endpoints || []).map((e) => ({ ...e, base: '/api' })),
    ]
    expect(endpoints.length).toBeGreaterThan(100)
    const passed: string[] = []
    for (const { base, method, path } of endpoints) {
      const url =
        `${base}${path.replace(/:(\w+)[?*+]?/g, (_, name: string) => (name === 'year' ? '2021' : '999999'))}`.replace(
          /\/$/,
          '',
        ) || '/api'
      const answer = await call(method.toUpperCase(), url, undefined, bodyFor(method))
      expect([method, url, answer.text]).not.toEqual([method, url, expect.stringMatching(ours)])
      expect([method, url, answer.text]).not.toEqual([
        method,
        url,
        expect.stringContaining('Route not found'),
      ])
      passed.push(`${method} ${url}`)
    }
    // The admin's lists ask by POST "read as GET".
    const override = await call('POST', '/api/goals', admin, undefined, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-payload-http-method-override': 'GET',
    })
    expect(override.status).toBe(200)
    // Random addresses under the API: each is served by an endpoint or refused with our 404,
    // never Payload's English one.
    const seed = Number(process.env.API_ROUTES_SEED ?? Date.now() % 2 ** 31)
    console.log(`[22] API_ROUTES_SEED=${seed}`)
    const segment = fc.oneof(
      fc.constantFrom(
        ...config.collections.map((c) => c.slug),
        ...config.globals.map((g) => g.slug),
        'globals',
        'versions',
        'count',
        'access',
        'me',
        'file',
        'duplicate',
        'public',
        'plans',
        'nonexistent',
        '1',
        '999999',
        '2021',
        'x.png',
        '%2e%2e',
        '',
        'graphql',
      ),
      fc.string({ maxLength: 6 }).map(encodeURIComponent),
    )
    const messageIn = (text: string): string => {
      try {
        return (JSON.parse(text) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? ''
      } catch {
        return '' // not JSON: a page, a feed, an empty HEAD
      }
    }
    const unknown: string[] = []
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 4, minLength: 1 }),
        fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'HEAD'),
        async (segments, method) => {
          const url = `/api/${segments.join('/')}`
          const answer = await call(
            method,
            url,
            undefined,
            method === 'GET' || method === 'HEAD' || method === 'DELETE' ? undefined : {},
          )
          expect([method, url, answer.status < 500]).toEqual([method, url, true])
          expect([method, url, answer.text]).not.toEqual([
            method,
            url,
            expect.stringContaining('Route not found'),
          ])
          if (ours.test(messageIn(answer.text))) {
            expect(answer.status).toBe(404)
            unknown.push(`${method} ${url}`)
          }
        },
      ),
      { numRuns: 200, seed },
    )
    for (const [method, url] of [
      ['GET', '/api/nonexistent'],
      ['POST', '/api/nonexistent'],
      ['GET', '/api/goals/1/nonexistent/x'],
      ['GET', '/api/globals/nonexistent'],
    ]) {
      const answer = await call(method, url)
      expect([url, answer.status]).toEqual([url, 404])
      expect([url, answer.text]).toEqual([
        url,
        expect.stringMatching(/Ingen sådan adress i API:et.* \/ No such address in the API/),
      ])
    }
    console.log(
      `[22] ${passed.length} endpoints let through; ${unknown.length} of 200 random addresses refused as unknown`,
    )
  })
})
