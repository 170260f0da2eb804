import http from 'node:http'

/** One year of one area: total and, optionally, women and men, and Kolada's status text. */
export type StubValue = { K?: null | number; M?: null | number; status?: string; T: null | number }

/** A KPI the stub knows: its title and its figures by area and year. */
export type StubKpi = {
  genderDivided?: boolean
  title: string
  values: Record<string, Record<number, StubValue>>
}

/** A local HTTP server that speaks Kolada's v3 shape, with faults to order. */
export type KoladaStub = {
  close: () => Promise<void>
  /** Answer the next `times` data requests for `kpi` with `status` (and Retry-After seconds). */
  fail: (kpi: string, status: number, times: number, retryAfter?: number) => void
  kpis: Record<string, StubKpi>
  /** Answer data requests for these KPIs in a shape Kolada does not use. */
  malformed: Set<string>
  /** Data rows per page; more rows page on through `next_url`. */
  pageSize: number
  /** Every request path, in order. */
  requests: string[]
  /** The base URL to give the importer, e.g. http://127.0.0.1:4711/v3 */
  url: string
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/** Starts the stub on loopback with the given KPIs. */
export const startKoladaStub = async (kpis: Record<string, StubKpi>): Promise<KoladaStub> => {
  const failures = new Map<string, { remaining: number; retryAfter?: number; status: number }>()
  const stub: Omit<KoladaStub, 'close' | 'url'> = {
    fail: (kpi, status, times, retryAfter) =>
      failures.set(kpi, { remaining: times, retryAfter, status }),
    kpis,
    malformed: new Set(),
    pageSize: 1000,
    requests: [],
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub')
    stub.requests.push(`${url.pathname}${url.search}`)
    const meta = /^\/v3\/kpi\/([^/]+)$/.exec(url.pathname)
    if (meta) {
      const kpi = stub.kpis[meta[1]]
      return json(res, 200, {
        count: kpi ? 1 : 0,
        values: kpi
          ? [
              {
                description: 'Stub',
                id: meta[1],
                is_divided_by_gender: kpi.genderDivided ? 1 : 0,
                municipality_type: 'K',
                prel_publication_date: null,
                publication_date: '2025-03-01',
                title: kpi.title,
              },
            ]
          : [],
      })
    }
    const data = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/([^/]+)$/.exec(
      url.pathname,
    )
    if (!data) return json(res, 404, { error: 'not found' })
    const [, kpiId, areaList, yearList] = data
    const failure = failures.get(kpiId)
    if (failure && failure.remaining > 0) {
      failure.remaining -= 1
      return json(
        res,
        failure.status,
        { error: 'stub failure' },
        failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) },
      )
    }
    if (stub.malformed.has(kpiId)) {
      return json(res, 200, {
        values: [{ kpi: kpiId, municipality: '2083', period: 'tjugohundra', values: 'none' }],
      })
    }
    const kpi = stub.kpis[kpiId]
    const years = yearList.split(',').map(Number)
    const rows = areaList.split(',').flatMap((area) =>
      years
        .filter((year) => kpi?.values[area]?.[year] !== undefined)
        .map((year) => {
          const v = kpi.values[area][year]
          const genders = (['T', 'K', 'M'] as const).filter((g) => g === 'T' || v[g] !== undefined)
          return {
            kpi: kpiId,
            municipality: area,
            period: year,
            values: genders.map((gender) => ({
              count: 1,
              gender,
              isdeleted: false,
              status: v.status ?? '',
              value: v[gender] ?? null,
            })),
          }
        }),
    )
    const page = Number(url.searchParams.get('page') ?? '1')
    const slice = rows.slice((page - 1) * stub.pageSize, page * stub.pageSize)
    const more = page * stub.pageSize < rows.length
    const next = new URL(url.pathname, `http://${req.headers.host}`)
    next.searchParams.set('page', String(page + 1))
    json(res, 200, { count: slice.length, next_url: more ? next.toString() : null, values: slice })
  })
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
  })
  return Object.assign(stub, {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${port}/v3`,
  })
}
