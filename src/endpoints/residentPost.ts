import type { PayloadRequest } from 'payload'

import type { ResidentPost } from '../lib/formBody'

import { clientAddressOf } from '../lib/clientAddress'
import { readBounded } from '../lib/readBounded'
import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** A resident's post (feedback, a request to follow) as the public endpoints read it. */
export const residentPostOf = (req: PayloadRequest): ResidentPost => {
  const length = req.headers.get('content-length')
  return {
    accept: req.headers.get('accept') ?? undefined,
    clientKey: clientAddressOf(pluginOptionsOf(req.payload.config), req.headers),
    contentLength: length === null ? undefined : Number(length),
    contentType: req.headers.get('content-type') ?? undefined,
    readBody: (limit) => readBounded(req.body, limit),
  }
}
