import type { Endpoint, PayloadRequest } from 'payload'

import type { Answer } from '../lib/webAnswer'

import { toResponse } from '../lib/webAnswer'

/** How one of the plugin's public routes answers a request, whatever server received it. */
export type AnswerRequest = (req: PayloadRequest) => Answer | Promise<Answer>

type PublicMark = { answer: AnswerRequest; malOchBudget: 'public' }

/**
 * One of the plugin's public routes, defined once: a Payload endpoint (its handler answers a web
 * Response, for any host) that carries its answer function, which an Express host calls itself
 * (mal-och-budget/server) and sends as bytes — a web Response costs 0.15–0.2 ms to make and to
 * read back, a third of a cached read.
 */
export const publicEndpoint = (
  method: 'get' | 'options' | 'post',
  path: string,
  answer: AnswerRequest,
): Endpoint => ({
  custom: { answer, malOchBudget: 'public' } satisfies PublicMark,
  handler: async (req) => toResponse(await answer(req)),
  method,
  path,
})

/** The answer function of one of the plugin's public endpoints; undefined for any other endpoint. */
export const publicAnswerOf = (endpoint: Endpoint): AnswerRequest | undefined => {
  const mark = endpoint.custom as Partial<PublicMark> | undefined
  return mark?.malOchBudget === 'public' && typeof mark.answer === 'function'
    ? mark.answer
    : undefined
}
