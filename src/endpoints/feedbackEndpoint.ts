import type { Endpoint } from 'payload'

import { answerFeedbackPost } from '../feedback/answerFeedbackPost'
import { clientAddressOf } from '../lib/clientAddress'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { readBounded } from '../lib/readBounded'
import { PUBLIC_ENDPOINT, toResponse } from './publicPlanEndpoints'

/** `POST /api/public/feedback` as a Payload endpoint (see answerFeedbackPost). */
export const feedbackEndpoint = (): Endpoint => ({
  custom: PUBLIC_ENDPOINT,
  handler: async (req) => {
    const length = req.headers.get('content-length')
    return toResponse(
      await answerFeedbackPost(req.payload, {
        accept: req.headers.get('accept') ?? undefined,
        clientKey: clientAddressOf(pluginOptionsOf(req.payload.config), req.headers),
        contentLength: length === null ? undefined : Number(length),
        contentType: req.headers.get('content-type') ?? undefined,
        readBody: (limit) => readBounded(req.body, limit),
      }),
    )
  },
  method: 'post',
  path: '/public/feedback',
})
