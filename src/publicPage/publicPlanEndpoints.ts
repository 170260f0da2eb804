import type { Endpoint, PayloadRequest } from 'payload'

import type { PlanRead, PlanView } from './answerPlanRead'
import type { AnswerRequest } from '../endpoints/publicEndpoint'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { answerPlanRead, answerPreflight } from './answerPlanRead'
import { publicEndpoint } from '../endpoints/publicEndpoint'

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
  (view: PlanView): AnswerRequest =>
  (req) =>
    answerPlanRead(req.payload, planRead(req), view)

const preflight: AnswerRequest = (req) =>
  answerPreflight(pluginOptionsOf(req.payload.config), planRead(req))

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
    publicEndpoint('get', path, read(view)),
    // A browser on another origin asks first (CORS preflight).
    publicEndpoint('options', path, preflight),
  ])
