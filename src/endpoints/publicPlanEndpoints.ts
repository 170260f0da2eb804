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

/** Marks the plugin's public endpoints: an Express host serves exactly these (mal-och-budget/server). */
export const PUBLIC_ENDPOINT = { malOchBudget: 'public' } as const

/** True for one of the plugin's public endpoints. */
export const isPublicEndpoint = (endpoint: Endpoint): boolean =>
  endpoint.custom?.malOchBudget === PUBLIC_ENDPOINT.malOchBudget

/**
 * The public read API as Payload endpoints — the one definition of these routes, so it works in
 * any host (a plain Next.js deployment included) and an Express host mounts the same list: the
 * composed page by year or slug and its open data (JSON, CSV).
 */
export const publicPlanEndpoints = (): Endpoint[] =>
  (
    [
      ['/public/plans/by-slug/:slug', 'page'],
      ['/public/plans/:year', 'page'],
      ['/public/plans/:year/open-data.json', 'json'],
      ['/public/plans/:year/decided', 'decided'],
      ['/public/plans/:year/changes', 'changes'],
      ['/public/plans/:year/datapackage.json', 'datapackage'],
      ['/public/plans/:year/open-data.csv', 'csv'],
    ] as const
  ).flatMap(([path, view]) => [
    { custom: PUBLIC_ENDPOINT, handler: read(view), method: 'get', path },
    // A browser on another origin asks first (CORS preflight).
    { custom: PUBLIC_ENDPOINT, handler: preflight, method: 'options', path },
  ])
