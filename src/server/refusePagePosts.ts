import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { publicPageAddress } from '../lib/publicPageAddress'

/**
 * Answers `405` to anything but GET, HEAD and OPTIONS at the public pages (`${publicPath}…` and
 * `/en${publicPath}…`): they take no posts (the feedback form posts to the API), and a POST handed
 * to Next.js went through its server-action handling — on a cold process 0.7 s of one event-loop
 * turn for a stranger's junk request. Connect-style, in front of Next.js.
 */
export const refusePagePosts = (payload: Payload) => {
  const { publicPath } = pluginOptionsOf(payload.config)
  const page = publicPageAddress(publicPath)
  const body = JSON.stringify({
    errors: [{ message: 'Sidan tar bara emot GET / The page only takes GET', status: 405 }],
  })
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const method = req.method ?? 'GET'
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next()
    if (!page.test(req.url ?? '')) return next()
    res.writeHead(405, {
      allow: 'GET, HEAD',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
      'content-type': 'application/json; charset=utf-8',
    })
    res.end(body)
  }
}
