import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import type { Answer, PlanRead, PlanView } from '../publicPage/answerPlanRead'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { answerPlanRead, answerPreflight } from '../publicPage/answerPlanRead'

/** An answer as a web Response. */
export const toResponse = ({ body, headers, status }: Answer): Response =>
  new Response(body ? new Uint8Array(body) : null, { headers, status })

const planRead = (req: PayloadRequest): PlanRead => ({
  header: (name) => req.headers.get(name) ?? undefined,
  headers: () => req.headers,
  method: req.method ?? 'GET',
  params: {
    slug: typeof req.routeParams?.slug === 'string' ? req.routeParams.slug : undefined,
    year: typeof req.routeParams?.year === 'string' ? req.routeParams.year : undefined,
  },
  query: (name) => req.searchParams.get(name) ?? undefined,
})

const read =
  (view: PlanView): PayloadHandler =>
  async (req) =>
    toResponse(await answerPlanRead(req.payload, planRead(req), view))

const preflight: PayloadHandler = (req) =>
  toResponse(answerPreflight(pluginOptionsOf(req.payload.config), planRead(req)))

/**
 * The public read API as Payload endpoints, so it works in any host — a plain Next.js
 * deployment included: the composed page by year or slug and its open data (JSON, CSV).
 */
export const publicPlanEndpoints = (): Endpoint[] => [
  { handler: read('page'), method: 'get', path: '/public/plans/by-slug/:slug' },
  { handler: read('page'), method: 'get', path: '/public/plans/:year' },
  { handler: read('json'), method: 'get', path: '/public/plans/:year/open-data.json' },
  { handler: read('decided'), method: 'get', path: '/public/plans/:year/decided' },
  { handler: read('changes'), method: 'get', path: '/public/plans/:year/changes' },
  { handler: read('datapackage'), method: 'get', path: '/public/plans/:year/datapackage.json' },
  { handler: read('csv'), method: 'get', path: '/public/plans/:year/open-data.csv' },
  { handler: preflight, method: 'options', path: '/public/plans/:year' },
]
