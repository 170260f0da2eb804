/**
 * `mal-och-budget/server`: the plugin's public routes for an Express server in front of Next.js —
 * the plugin's own Payload endpoints (the public read API, feedback) mounted as they are, and its
 * GraphQL guard, without Next.js and Payload's request set-up in between. Mount it under the API
 * route (`/api`).
 */
import type { Request, Response } from 'express'
import type { Payload, PayloadRequest } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express from 'express'

import type { Answer } from '../publicPage/answerPlanRead'

import { publicAnswerOf } from '../endpoints/publicEndpoint'
import { answerGraphQL, forwardedHeaders } from '../publicPage/answerGraphQL'
import {
  GRAPHQL_MAX_BODY_BYTES,
  graphQLParamsOfBody,
  graphQLParamsOfSearch,
} from '../graphql/checkGraphQLRequest'
import { readBounded } from '../lib/readBounded'

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

/**
 * The request a Payload endpoint handler is given, built straight from Express's: the payload,
 * method, headers, route parameters, query and body stream. Payload's own per-request set-up (the
 * signed-in user, locale, i18n) is left out: the plugin's public endpoints read none of it (a
 * preview asks Payload for the user itself, from the headers).
 */
const endpointRequest = (payload: Payload, req: Request): PayloadRequest =>
  ({
    body: req,
    context: {},
    headers: webHeaders(req),
    method: req.method,
    payload,
    routeParams: { ...req.params },
    searchParams: new URLSearchParams(req.originalUrl.split('?')[1] ?? ''),
    url: `http://${req.get('host') ?? 'localhost'}${req.originalUrl}`,
  }) as unknown as PayloadRequest

/**
 * The public read API and the feedback route as an Express router, for a host that runs Express
 * in front of Next.js (this app does): `app.use('/api', createMalOchBudgetRouter(payload))`.
 * Client addresses come from `clientAddressOf` (the header the host's server sets), as on every route.
 */
export const createMalOchBudgetRouter = (payload: Payload): express.Router => {
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
  // The plugin's public endpoints, exactly as registered in the Payload config: one route table.
  for (const endpoint of payload.config.endpoints ?? []) {
    const answer = publicAnswerOf(endpoint)
    if (!answer) continue
    const method = endpoint.method === 'connect' ? 'all' : endpoint.method
    router[method](
      endpoint.path,
      handle(async (req, res) => send(res, await answer(endpointRequest(payload, req)))),
    )
  }

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

  router.all('/public/feedback', (_req, res) =>
    refuse(res, 405, 'POST', 'Synpunkter skickas med POST', 'Send feedback with POST'),
  )
  router.all('/public/oembed', (_req, res) =>
    refuse(res, 405, 'GET, HEAD', 'oEmbed läses med GET', 'Read oEmbed with GET'),
  )
  router.all('/public/follow', (_req, res) =>
    refuse(res, 405, 'POST', 'Begäran att följa skickas med POST', 'Ask to follow with POST'),
  )
  router.all(['/public/follow/confirm', '/public/follow/unsubscribe'], (_req, res) =>
    refuse(
      res,
      405,
      'GET, POST',
      'Öppna länken eller skicka formuläret',
      'Open the link or send the form',
    ),
  )
  return router
}

export { createMalOchBudgetPageCache } from './htmlPageCache'
export { limitBodies } from './limitBodies'
export { pagesWithoutScripts } from './pagesWithoutScripts'
export { createPublicFastPath, type PublicFastPathOptions } from './publicFastPath'
export { refusePagePosts } from './refusePagePosts'
export { refuseUnknownApiRoutes } from './refuseUnknownApiRoutes'
export { refuseUnservedRoutes } from './refuseUnservedRoutes'
