import type { Endpoint } from 'payload'

import { publicEndpoint } from '../endpoints/publicEndpoint'
import { residentPostOf } from '../endpoints/residentPost'
import { answerFeedbackPost } from './answerFeedbackPost'

/** `POST /api/public/feedback` as a Payload endpoint (see answerFeedbackPost). */
export const feedbackEndpoint = (): Endpoint =>
  publicEndpoint('post', '/public/feedback', (req) =>
    answerFeedbackPost(req.payload, residentPostOf(req)),
  )
