import type { SanitizedConfig } from 'payload'

import fc from 'fast-check'
import net from 'node:net'

/** How a body travels: with its length, chunked, or cut off before its declared end. */
export type Framing = 'chunked' | 'length' | 'none' | 'truncated'

/** One request as bytes on a socket, so that its framing can be anything a client may send. */
export type RawRequest = {
  body: Buffer
  framing: Framing
  headers: Record<string, string>
  method: string
  path: string
  /** Sent twice on one connection (a refused answer must be the same the second time). */
  repeat: boolean
}

const junk = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e308',
    'NaN',
    '9'.repeat(30),
    'null',
    '{',
    '%',
    '%E0%A4%A',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>',
    'åäö',
    '😀',
    '\u0000',
    '2021-02-30',
  ),
  fc.integer().map(String),
)

/**
 * Every route the app serves, from its config: each collection's, global's and the root's
 * endpoints (Payload's stock ones and ours) with their parameters filled in, and the pages.
 */
export const routesOf = (config: SanitizedConfig, sample: () => string): string[] => {
  const api = config.routes.api
  const fill = (path: string) => path.replace(/:(\w+)\*?/g, () => encodeURIComponent(sample()))
  const routes = new Set<string>([
    '/',
    '/healthz',
    '/mal-och-budget',
    '/mal-och-budget/2021',
    '/mal-och-budget/2021/beslutad',
    '/mal-och-budget/9999',
    '/mal-och-budget/2021/uppfoljning',
    '/en/mal-och-budget/2021/uppfoljning',
    fill('/mal-och-budget/:year/uppfoljning/:id'),
    '/mal-och-budget/2021/flode.atom',
    '/mal-och-budget/2021/lattlast',
    '/mal-och-budget/tillganglighet',
    fill('/mal-och-budget/:year/mal/:goal/flode.atom'),
    fill('/mal-och-budget/2021/mal/:goal/kort'),
    fill('/mal-och-budget/:year/mal/:goal/kort.png'),
    `${config.routes.admin}`,
    `${config.routes.admin}/login`,
    `${config.routes.admin}/collections/goals`,
    '/_next/static/x.js',
    `${api}/graphql`,
    `${api}/access`,
  ])
  for (const collection of config.collections) {
    routes.add(`${api}/${collection.slug}`)
    for (const endpoint of Array.isArray(collection.endpoints) ? collection.endpoints : [])
      routes.add(`${api}/${collection.slug}${fill(endpoint.path)}`)
  }
  for (const global of config.globals) {
    routes.add(`${api}/globals/${global.slug}`)
    for (const endpoint of Array.isArray(global.endpoints) ? global.endpoints : [])
      routes.add(`${api}/globals/${global.slug}${fill(endpoint.path)}`)
  }
  for (const endpoint of config.endpoints ?? []) routes.add(`${api}${fill(endpoint.path)}`)
  return [...routes]
}

const multipart = (boundary: string, parts: string[], close: boolean) =>
  parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + (close ? `--${boundary}--\r\n` : '')

const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
  fc
    .record({ email: junk, message: junk, page: junk, password: junk, title: junk })
    .map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
  fc
    .record({
      query: fc.oneof(
        junk,
        fc.constantFrom(
          '{ Goals { docs { id } } }',
          'subscription { x }',
          'query { ...A } fragment A on Query { ...A }',
          '{ PublicPlan(year: 2021) { title } }',
          '{ PublicPlan(year: 2021) { followUpReports { report { id } focusAreas { goals { figures { indicators { points { year } } } } } } } }',
          'mutation { reviewWorkflow(collection: goals, id: "1", action: approve) { id } }',
          '{ Initiatives(limit: 0) { docs { plan { goals(limit: 0) { docs { id } } } } } }',
        ),
      ),
      variables: fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })),
    })
    .map((v) => ({ body: JSON.stringify(v), type: 'application/json' })),
  fc
    .tuple(junk, fc.boolean(), fc.constantFrom('xx', 'a'.repeat(80), '"quoted"'))
    .map(([value, close, boundary]) => ({
      body: multipart(
        boundary.replace(/"/g, ''),
        [
          `Content-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: value })}`,
          `Content-Disposition: form-data; name="file"; filename="${value}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff`,
        ],
        close,
      ),
      type: `multipart/form-data; boundary=${boundary}`,
    })),
  fc.constant({ body: '--x\r\n', type: 'multipart/form-data' }),
  fc.constant({ body: 'a=1&b=%ZZ', type: 'application/x-www-form-urlencoded' }),
  junk.map((v) => ({
    body: v,
    type: fc.sample(fc.constantFrom('text/plain', 'application/xml', ''), 1)[0],
  })),
)

/** Random raw requests over every route: every method, any parameters, any framing, as anyone. */
export const rawRequests = (
  routes: string[],
  authorizations: string[] = [],
): fc.Arbitrary<RawRequest> =>
  fc
    .record({
      auth: fc.constantFrom<string | undefined>(undefined, undefined, ...authorizations),
      body,
      framing: fc.constantFrom<Framing>('length', 'length', 'chunked', 'truncated', 'none'),
      method: fc.constantFrom(
        'GET',
        'GET',
        'POST',
        'POST',
        'PATCH',
        'PUT',
        'DELETE',
        'OPTIONS',
        'HEAD',
        'TRACE',
        'PROPFIND',
        'CONNECTX',
      ),
      params: fc.array(
        fc.oneof(
          fc
            .tuple(
              fc.constantFrom(
                'where[id][equals]',
                'where[title][like]',
                'where[or][0][_status][equals]',
                'limit',
                'page',
                'depth',
                'sort',
                'locale',
                'draft',
                'select[title]',
                'joins[goals][limit]',
                'table',
                'since',
                'query',
                'variables',
                'dryRun',
                'preview',
              ),
              junk,
            )
            .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
          junk.map(encodeURIComponent),
        ),
        { maxLength: 4 },
      ),
      repeat: fc.boolean(),
      route: fc.constantFrom(...routes),
    })
    .map(({ auth, body: b, framing, method, params, repeat, route }): RawRequest => ({
      body: Buffer.from(b.body),
      framing: method === 'GET' || method === 'HEAD' ? 'none' : framing,
      headers: {
        ...(b.type ? { 'content-type': b.type } : {}),
        ...(auth ? { authorization: auth } : {}),
      },
      method,
      path: params.length ? `${route}?${params.join('&')}` : route,
      repeat,
    }))

const head = (r: RawRequest, host: string): string => {
  const lines = [`${r.method} ${r.path} HTTP/1.1`, `Host: ${host}`, 'Connection: keep-alive']
  for (const [k, v] of Object.entries(r.headers)) lines.push(`${k}: ${v}`)
  if (r.framing === 'chunked') lines.push('Transfer-Encoding: chunked')
  if (r.framing === 'length') lines.push(`Content-Length: ${r.body.length}`)
  if (r.framing === 'truncated') lines.push(`Content-Length: ${r.body.length + 100}`)
  return `${lines.join('\r\n')}\r\n\r\n`
}

const frame = (r: RawRequest): Buffer => {
  if (r.framing === 'none') return Buffer.alloc(0)
  if (r.framing !== 'chunked') return r.body
  const half = Math.floor(r.body.length / 2)
  const chunk = (b: Buffer) =>
    b.length ? [Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')] : []
  return Buffer.concat([
    ...chunk(r.body.subarray(0, half)),
    ...chunk(r.body.subarray(half)),
    Buffer.from('0\r\n\r\n'),
  ])
}

/**
 * Sends one raw request (twice when `repeat`) and answers the status codes read back; a truncated
 * body gets no answer (the connection is closed after a moment), which is right. A whole request
 * is waited for until the server answers (at most `ANSWER_WAIT_MS`), so that nothing it started is
 * still under way when the caller goes on.
 */
/** How long a whole request may wait for its answer before the fuzzer calls it a hang. */
export const ANSWER_WAIT_MS = 30_000

export const sendRaw = (port: number, r: RawRequest): Promise<number[]> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const statuses: number[] = []
    let received = ''
    const done = () => {
      socket.destroy()
      resolve(statuses)
    }
    const timer = setTimeout(done, r.framing === 'truncated' ? 300 : ANSWER_WAIT_MS)
    socket.on('data', (data) => {
      received += data.toString('latin1')
      for (const match of received.matchAll(/HTTP\/1\.1 (\d{3})/g)) statuses.push(Number(match[1]))
      received = received.slice(received.lastIndexOf('HTTP/1.1 ') + 12)
      if (statuses.length >= (r.repeat ? 2 : 1)) {
        clearTimeout(timer)
        setTimeout(done, 20)
      }
    })
    socket.on('error', () => {
      clearTimeout(timer)
      done()
    })
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(statuses)
    })
    const bytes = Buffer.concat([Buffer.from(head(r, `127.0.0.1:${port}`), 'latin1'), frame(r)])
    socket.write(r.repeat && r.framing !== 'truncated' ? Buffer.concat([bytes, bytes]) : bytes)
  })
