import type { Endpoint } from 'payload'

import { publicEndpoint } from '../endpoints/publicEndpoint'
import { residentPostOf } from '../endpoints/residentPost'
import { answerFollowConfirm, answerFollowLeave, answerFollowPost } from './answerFollow'

/**
 * Following a plan or a goal by e-mail: `POST …/public/follow` asks (double opt-in),
 * `…/public/follow/confirm` confirms, `…/public/follow/unsubscribe` ends it (RFC 8058 one-click).
 */
export const followEndpoints = (): Endpoint[] => [
  publicEndpoint('post', '/public/follow', (req) =>
    answerFollowPost(req.payload, residentPostOf(req)),
  ),
  publicEndpoint('get', '/public/follow/confirm', answerFollowConfirm),
  publicEndpoint('post', '/public/follow/confirm', answerFollowConfirm),
  publicEndpoint('get', '/public/follow/unsubscribe', answerFollowLeave),
  publicEndpoint('post', '/public/follow/unsubscribe', answerFollowLeave),
]
