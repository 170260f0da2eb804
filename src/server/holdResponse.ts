import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

type Chunk = Parameters<ServerResponse['write']>[0]

const bufferOf = (chunk: unknown, encoding?: unknown): Buffer | undefined => {
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  return chunk instanceof Uint8Array ? Buffer.from(chunk) : undefined
}

/**
 * Holds what a handler behind (Next.js) sends — status, headers, body — until it has ended, then
 * hands the whole body to `done` with the response as it was before, to send it (changed or not).
 * Headers the handler set stay set on `res`; none has gone out yet.
 */
export const holdResponse = (res: ServerResponse, done: (body: Buffer) => void): void => {
  const chunks: Buffer[] = []
  const own = {
    end: res.end,
    flushHeaders: res.flushHeaders,
    write: res.write,
    writeHead: res.writeHead,
  }
  const callLater = (callback: unknown) => {
    if (typeof callback === 'function') process.nextTick(callback as () => void)
  }
  res.writeHead = function (
    this: ServerResponse,
    status: number,
    ...rest: [OutgoingHttpHeaders | string | undefined, OutgoingHttpHeaders?]
  ) {
    res.statusCode = status
    const headers = rest.find((part) => typeof part === 'object' && part !== null)
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value)
    }
    return res
  } as ServerResponse['writeHead']
  res.flushHeaders = () => undefined
  res.write = function (chunk: Chunk, encoding?: unknown, callback?: unknown) {
    const bytes = bufferOf(chunk, encoding)
    if (bytes) chunks.push(bytes)
    callLater(typeof encoding === 'function' ? encoding : callback)
    return true
  } as ServerResponse['write']
  res.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const last = typeof chunk === 'function' ? undefined : bufferOf(chunk, encoding)
    if (last) chunks.push(last)
    callLater([chunk, encoding, callback].find((part) => typeof part === 'function'))
    Object.assign(res, own)
    done(Buffer.concat(chunks))
    return res
  } as ServerResponse['end']
}

/** Sends a held body whole, with its length. */
export const sendHeld = (res: ServerResponse, body: Buffer): void => {
  res.removeHeader('transfer-encoding')
  res.setHeader('content-length', body.length)
  res.end(body)
}
