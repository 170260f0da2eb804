/**
 * `mal-och-budget/server`: the plugin's public routes for an Express server in front of Next.js —
 * the same answers as the plugin's Payload endpoints (answerPlanRead, answerFeedbackPost), without
 * Next.js and Payload's request set-up in between. Mount it under the API route (`/api`).
 */
import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'

import type { Answer, PlanRead, PlanView } from '../publicPage/answerPlanRead'

import { answerFeedbackPost } from '../feedback/answerFeedbackPost'
import { answerGraphQL, forwardedHeaders } from '../graphql/answerGraphQL'
import {
  GRAPHQL_MAX_BODY_BYTES,
  graphQLParamsOfBody,
  graphQLParamsOfSearch,
} from '../graphql/checkGraphQLRequest'
import { clientAddressOf } from '../lib/clientAddress'
import { readBounded } from '../lib/readBounded'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { answerPlanRead, answerPreflight } from '../publicPage/answerPlanRead'

const send = (res: Response, answer: Answer): void => {
  res.status(answer.status)
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value)
  res.end(answer.body)
}

const sendResponse = async (res: Response, response: globalThis.Response): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => res.setHeader(name, value))
  res.end(Buffer.from(await response.arrayBuffer()))
}

const webHeaders = (req: Request): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  return headers
}

const refuse = (res: Response, status: number, allow: string, sv: string, en: string) => {
  res.set('Allow', allow).set('Cache-Control', 'no-store')
  res.status(status).json({ errors: [{ message: `${sv} / ${en}`, status }] })
}

const planRead = (req: Request): PlanRead => ({
  header: (name) => req.get(name),
  headers: () => webHeaders(req),
  method: req.method,
  params: { slug: req.params.slug?.toString(), year: req.params.year?.toString() },
  query: (name) => {
    const value = req.query[name]
    return typeof value === 'string' ? value : undefined
  },
})

/**
 * The public read API and the feedback route as an Express router, for a host that runs Express
 * in front of Next.js (this app does): `app.use('/api', createMalOchBudgetRouter(payload))`.
 * Client addresses come from `clientAddressOf` (the header the host's server sets), as on every route.
 */
export const createMalOchBudgetRouter = (payload: Payload): express.Router => {
  const options = pluginOptionsOf(payload.config)
  const router = express.Router()
  const handle =
    (work: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response): void => {
      work(req, res).catch((err: unknown) => {
        payload.logger.error({ err, msg: `public API failed: ${req.method} ${req.path}` })
        if (!res.headersSent) {
          refuse(
            res,
            500,
            'GET, HEAD, OPTIONS',
            'Ett oväntat fel inträffade',
            'An unexpected error occurred',
          )
        }
      })
    }
  const read = (view: PlanView) =>
    handle(async (req, res) => send(res, await answerPlanRead(payload, planRead(req), view)))

  router.options('/public/plans/{*rest}', (req, res) =>
    send(res, answerPreflight(options, planRead(req))),
  )
  router.get('/public/plans/by-slug/:slug', read('page'))
  router.get('/public/plans/:year', read('page'))
  router.get('/public/plans/:year/open-data.json', read('json'))
  router.get('/public/plans/:year/decided', read('decided'))
  router.get('/public/plans/:year/changes', read('changes'))
  router.get('/public/plans/:year/datapackage.json', read('datapackage'))
  router.get('/public/plans/:year/open-data.csv', read('csv'))
  router.all('/public/plans/{*rest}', (req, res) =>
    req.method === 'GET' || req.method === 'HEAD'
      ? refuse(
          res,
          404,
          'GET, HEAD, OPTIONS',
          'Okänd adress i det publika API:et',
          'Unknown address in the public API',
        )
      : refuse(
          res,
          405,
          'GET, HEAD, OPTIONS',
          'Det publika API:et går bara att läsa',
          'The public API is read-only',
        ),
  )

  // GraphQL: PublicPlan from the cache, anything else to Payload's own GraphQL (not via Next.js).
  const payloadGraphQL = GRAPHQL_POST(payload.config)
  const graphql = (
    req: Request,
    res: Response,
    method: 'GET' | 'HEAD' | 'POST',
    params: Parameters<typeof answerGraphQL>[1]['params'],
  ) =>
    answerGraphQL(payload, {
      forward: (body) =>
        payloadGraphQL(
          new globalThis.Request(
            `http://${req.get('host') ?? 'localhost'}${req.baseUrl}${req.path}`,
            {
              body,
              headers: forwardedHeaders(webHeaders(req)),
              method: 'POST',
            },
          ),
        ),
      header: (name) => req.get(name),
      method,
      params,
    }).then((answer) =>
      answer instanceof globalThis.Response ? sendResponse(res, answer) : send(res, answer),
    )
  router.get(
    '/graphql',
    handle(async (req, res) => {
      const params = graphQLParamsOfSearch(new URLSearchParams(req.originalUrl.split('?')[1] ?? ''))
      if ('refusal' in params) return sendResponse(res, params.refusal)
      await graphql(req, res, req.method === 'HEAD' ? 'HEAD' : 'GET', params)
    }),
  )
  router.post(
    '/graphql',
    handle(async (req, res) => {
      if (!req.is('application/json')) {
        return refuse(
          res,
          415,
          'GET, POST',
          'Skicka GraphQL-frågan som JSON (content-type: application/json)',
          'Send the GraphQL request as JSON (content-type: application/json)',
        )
      }
      const raw = await readBounded(req, GRAPHQL_MAX_BODY_BYTES, { drain: true })
      if (!raw) {
        return refuse(
          res,
          413,
          'GET, POST',
          'För stor fråga: högst 64 KiB',
          'Request too large: at most 64 KiB',
        )
      }
      const params = graphQLParamsOfBody(raw)
      if ('refusal' in params) return sendResponse(res, params.refusal)
      await graphql(req, res, 'POST', params)
    }),
  )

  router.post(
    '/public/feedback',
    handle(async (req, res) => {
      const length = req.get('content-length')
      send(
        res,
        await answerFeedbackPost(payload, {
          accept: req.get('accept'),
          clientKey: clientAddressOf(options, webHeaders(req)),
          contentLength: length === undefined ? undefined : Number(length),
          contentType: req.get('content-type'),
          readBody: (limit) => readBounded(req, limit, { drain: true }),
        }),
      )
    }),
  )
  router.all('/public/feedback', (_req, res) =>
    refuse(res, 405, 'POST', 'Synpunkter skickas med POST', 'Send feedback with POST'),
  )
  return router
}

export { createMalOchBudgetPageCache } from './htmlPageCache'
export { limitBodies } from './limitBodies'
export { refuseUnservedRoutes } from './refuseUnservedRoutes'
