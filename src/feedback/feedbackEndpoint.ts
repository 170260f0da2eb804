import type { Endpoint } from 'payload'

import { answerFeedbackPost } from './answerFeedbackPost'
import { clientAddressOf } from '../lib/clientAddress'
import { readBounded } from '../lib/readBounded'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { publicEndpoint } from '../endpoints/publicEndpoint'

/** `POST /api/public/feedback` as a Payload endpoint (see answerFeedbackPost). */
export const feedbackEndpoint = (): Endpoint =>
  publicEndpoint('post', '/public/feedback', (req) => {
    const length = req.headers.get('content-length')
    return answerFeedbackPost(req.payload, {
      accept: req.headers.get('accept') ?? undefined,
      clientKey: clientAddressOf(pluginOptionsOf(req.payload.config), req.headers),
      contentLength: length === null ? undefined : Number(length),
      contentType: req.headers.get('content-type') ?? undefined,
      readBody: (limit) => readBounded(req.body, limit),
    })
  })
