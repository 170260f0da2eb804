import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import express from 'express'

import type { Settings } from '../../host/settings'

import { processRateLimiter } from '../feedback/rateLimiter'
import { expectedError } from '../lib/errorStatus'
import { submitFeedback } from '../feedback/submitFeedback'

/** Largest request body accepted. */
export const FEEDBACK_MAX_BYTES = 16 * 1024

const reply = (res: Response, status: number, body: object): void => {
  res.status(status).set('Cache-Control', 'no-store').json(body)
}
const refuse = (res: Response, status: number, sv: string, en: string): void =>
  reply(res, status, { errors: [{ message: `${sv} / ${en}`, status }] })

const parsers = [
  express.json({ limit: FEEDBACK_MAX_BYTES, strict: true, type: 'application/json' }),
  express.urlencoded({
    extended: false,
    limit: FEEDBACK_MAX_BYTES,
    parameterLimit: 20,
    type: 'application/x-www-form-urlencoded',
  }),
]

const parseErrors = (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
  const type = err && typeof err === 'object' && 'type' in err ? String(err.type) : ''
  if (type === 'entity.too.large')
    return refuse(res, 413, 'För stort: högst 16 KiB', 'Too large: at most 16 KiB')
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return refuse(res, 415, 'Skicka texten som UTF-8', 'Send the text as UTF-8')
  }
  if (type.startsWith('entity.') || type === 'parameters.too.many' || type === 'request.aborted') {
    return refuse(res, 400, 'Formuläret kunde inte läsas', 'The form could not be read')
  }
  next(err)
}

/**
 * `POST /api/public/feedback`: JSON or an HTML form (`application/x-www-form-urlencoded`). 201 with
 * a receipt; 400 with per-field messages; 404 unknown page; 413 over 16 KiB; 415 other content
 * types; 429 with Retry-After over the rate limit. Bodies are parsed here only, never globally.
 */
export const createFeedbackRouter = (payload: Payload, settings: Settings): express.Router => {
  const router = express.Router()
  const limiter = processRateLimiter(settings.feedback)

  router.post(
    '/feedback',
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.is(['application/json', 'application/x-www-form-urlencoded'])) {
        return refuse(
          res,
          415,
          'Skicka synpunkten som JSON eller som formulär (application/x-www-form-urlencoded)',
          'Send the feedback as JSON or as a form (application/x-www-form-urlencoded)',
        )
      }
      const length = Number(req.get('content-length') ?? 0)
      if (length > FEEDBACK_MAX_BYTES)
        return refuse(res, 413, 'För stort: högst 16 KiB', 'Too large: at most 16 KiB')
      next()
    },
    ...parsers,
    parseErrors,
    (req: Request, res: Response) => {
      submitFeedback(payload, req.body, { clientKey: req.ip ?? 'unknown', limiter }).then(
        (outcome) => {
          if (outcome.status === 201) return reply(res, 201, outcome.receipt)
          if (outcome.status === 400) return reply(res, 400, { errors: outcome.errors })
          if (outcome.status === 404) {
            return refuse(
              res,
              404,
              'Sidan finns inte eller är inte publicerad',
              'The page does not exist or is not published',
            )
          }
          res.set('Retry-After', String(outcome.retryAfterSeconds))
          refuse(
            res,
            429,
            'För många synpunkter på kort tid, försök igen senare',
            'Too many submissions, try again later',
          )
        },
        (err: unknown) => {
          const expected = expectedError(err)
          if (expected)
            return reply(res, expected.status, {
              errors: [{ message: expected.message, status: expected.status }],
            })
          payload.logger.error(
            `Feedback could not be stored (${err instanceof Error ? err.name : 'error'})`,
          )
          refuse(
            res,
            500,
            'Synpunkten kunde inte sparas just nu',
            'The feedback could not be stored right now',
          )
        },
      )
    },
  )
  router.all('/feedback', (_req, res) => {
    res.set('Allow', 'POST')
    refuse(res, 405, 'Synpunkter skickas med POST', 'Send feedback with POST')
  })
  return router
}
