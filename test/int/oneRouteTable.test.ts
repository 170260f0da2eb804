import type { Server } from 'node:http'
import type { Payload, SanitizedConfig } from 'payload'

import { REST_GET, REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'
import express from 'express'
import { createMalOchBudgetRouter } from 'mal-och-budget/server'
import { getPayload } from 'payload'

import { foreignHostConfig, untyped } from '../helpers/foreignHost'
import { freshDatabaseUrl } from '../helpers/testPayload'

/**
 * Each public route is defined once, as a Payload endpoint. A site without Express reaches it
 * through Payload's REST handler; an Express host mounts the same endpoints with
 * `createMalOchBudgetRouter`. Both must answer alike, route by route, for every public endpoint
 * the plugin registers.
 */
describe('the public routes, one table for Payload and for Express', () => {
  let database: ReturnType<typeof freshDatabaseUrl>
  let config: SanitizedConfig
  let payload: Payload
  let server: Server
  let base: string

  beforeAll(async () => {
    database = freshDatabaseUrl('one_route_table')
    config = await foreignHostConfig({ databaseUrl: database.url, uploadDir: database.uploadDir })
    payload = await getPayload({ config })
    await untyped(payload).create({
      collection: 'budget-plans',
      data: { _status: 'published', slug: 'budget-2021', title: 'Budget 2021', year: 2021 },
    })
    const app = express()
    app.use('/api', createMalOchBudgetRouter(payload))
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve())
    })
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  }, 120_000)

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await payload?.destroy()
    await database?.cleanup()
  })

  const viaPayload = (method: string, path: string, init: RequestInit = {}) => {
    const request = new Request(`http://exempelby.test/api${path}`, { ...init, method })
    const params = {
      params: Promise.resolve({ slug: path.split('/').filter(Boolean) }),
    }
    const handler =
      method === 'POST'
        ? REST_POST(config)
        : method === 'OPTIONS'
          ? REST_OPTIONS(config)
          : REST_GET(config)
    return handler(request, params)
  }
  const concrete = (path: string) => path.replace(':year', '2021').replace(':slug', 'budget-2021')

  it('should serve every public endpoint the plugin registers, with the same answer both ways', async () => {
    const endpoints = (payload.config.endpoints ?? []).filter(
      (e) => (e.custom as undefined | { malOchBudget?: string })?.malOchBudget === 'public',
    )
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(
      expect.arrayContaining([
        'get /public/plans/:year',
        'get /public/plans/:year/open-data.csv',
        'options /public/plans/:year/open-data.json',
        'post /public/feedback',
      ]),
    )
    for (const endpoint of endpoints) {
      const method = endpoint.method.toUpperCase()
      const path = concrete(endpoint.path)
      const init: RequestInit =
        method === 'POST'
          ? {
              body: JSON.stringify({ message: 'Samma svar', page: '/budget/2021' }),
              headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
            }
          : method === 'OPTIONS'
            ? {
                headers: {
                  'access-control-request-method': 'GET',
                  origin: 'https://exempelby.se',
                },
              }
            : {}
      const [express, rest] = await Promise.all([
        fetch(`${base}/api${path}`, { ...init, method }),
        viaPayload(method, path, init),
      ])
      expect(`${method} ${path} ${express.status}`).toBe(`${method} ${path} ${rest.status}`)
      expect(express.headers.get('content-type')).toBe(rest.headers.get('content-type'))
      const [a, b] = [await express.text(), await rest.text()]
      if (method === 'POST') {
        // Each submission gets its own receipt; the rest of the answer is the same.
        const strip = (text: string) => text.replace(/"(id|receivedAt)":"[^"]*"/g, '')
        expect(strip(a)).toBe(strip(b))
      } else {
        expect(express.headers.get('etag')).toBe(rest.headers.get('etag'))
        expect(a).toBe(b)
      }
    }
  })
})
