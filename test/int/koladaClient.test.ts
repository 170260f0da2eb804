import http from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { createKoladaClient } from '../../src/indicators/kolada/createKoladaClient'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

const serve = async (handler: Handler): Promise<{ close: () => Promise<void>; url: string }> => {
  const server = http.createServer(handler)
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  )
  return {
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
    url: `http://127.0.0.1:${port}/v3`,
  }
}

const row = (period: number) => ({
  kpi: 'N15419',
  municipality: '2083',
  period,
  values: [{ gender: 'T', status: '', value: 1 }],
})

describe('the Kolada client against hostile answers', () => {
  it('should refuse a next_url that leaves Kolada’s host, keeping nothing', async () => {
    const server = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(
        JSON.stringify({
          next_url: 'http://169.254.169.254/latest/meta-data',
          values: [row(2020)],
        }),
      )
    })
    try {
      const client = createKoladaClient({ baseUrl: server.url, retries: 0 })
      await expect(client.values('N15419', ['2083'], [2020])).rejects.toThrow(
        /annan värd.*inget sparades/,
      )
    } finally {
      await server.close()
    }
  })

  it('should give up on an answer that never ends or is too large', async () => {
    const slow = await serve(() => undefined)
    const big = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(
        `{"values":[${Array.from({ length: 4000 }, () => JSON.stringify(row(2020))).join(',')}]}`,
      )
    })
    try {
      await expect(
        createKoladaClient({
          baseUrl: slow.url,
          retries: 1,
          retryDelayMs: 1,
          timeoutMs: 200,
        }).values('N15419', ['2083'], [2020]),
      ).rejects.toThrow(/svarade inte inom 0.2 s/)
      await expect(
        createKoladaClient({ baseUrl: big.url, maxBytes: 10_000, retries: 0 }).values(
          'N15419',
          ['2083'],
          [2020],
        ),
      ).rejects.toThrow(/mer än 10000 byte/)
    } finally {
      await slow.close()
      await big.close()
    }
  })

  it('should refuse a deeply nested answer at once, without stalling the server', async () => {
    // 6 MB of nesting inside an otherwise well-formed answer.
    const depth = 1_500_000
    const deep = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(`{"values":[{"kpi":"N15419","x":${'['.repeat(depth)}${']'.repeat(depth)}}]}`)
    })
    const delay = monitorEventLoopDelay({ resolution: 10 })
    try {
      delay.enable()
      await expect(
        createKoladaClient({ baseUrl: deep.url, maxBytes: 8 * 1024 * 1024, retries: 0 }).values(
          'N15419',
          ['2083'],
          [2020],
        ),
      ).rejects.toThrow(/nästlad djupare än 16 nivåer/)
      delay.disable()
      expect(delay.max / 1e6).toBeLessThan(100)
    } finally {
      await deep.close()
    }
  })

  it('should refuse rows it did not ask for, non-JSON, and a redirect, without retrying a refusal', async () => {
    let calls = 0
    const server = await serve((req, res) => {
      calls += 1
      if (req.url?.includes('/kpi/N00000')) {
        res.writeHead(302, { location: 'http://example.org/' })
        return res.end()
      }
      res.setHeader('content-type', 'application/json')
      if (req.url?.includes('year/2019')) return res.end('<html>oops</html>')
      res.end(JSON.stringify({ values: [{ ...row(2020), municipality: '0180' }] }))
    })
    try {
      const client = createKoladaClient({ baseUrl: server.url, retries: 3, retryDelayMs: 1 })
      await expect(client.values('N15419', ['2083'], [2020])).rejects.toThrow(
        /som inte efterfrågades/,
      )
      await expect(client.values('N15419', ['2083'], [2019])).rejects.toThrow(/inte med JSON/)
      await expect(client.kpi('N00000')).rejects.toThrow(/Kolada gick inte att nå/)
      await expect(client.values('DROP TABLE', ['2083'], [2020])).rejects.toThrow(/inget Kolada-id/)
      await expect(client.values('N15419', ['../../x'], [2020])).rejects.toThrow(
        /inget kommun- eller grupp-id/,
      )
      expect(calls).toBeLessThanOrEqual(6)
    } finally {
      await server.close()
    }
  })
})
