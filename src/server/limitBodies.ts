import type { IncomingMessage, ServerResponse } from 'node:http'

/** The largest body a request may carry, by route (a function of the request). */
export type BodyLimit = (req: IncomingMessage) => number

/** How long a refused upload is still read (and thrown away) before its connection is closed. */
const LINGER_MS = 2000

// Closing the connection while the client is still sending would reset it before the client has
// read the answer: the rest is read and thrown away for a moment first (a "lingering close"), and
// the connection closed only if the body is still coming then.
const closeAfterAnswer = (req: IncomingMessage, res: ServerResponse): void => {
  res.on('finish', () =>
    setTimeout(() => {
      if (!req.complete) req.socket.destroy()
    }, LINGER_MS).unref(),
  )
}

const refuse = (res: ServerResponse, limit: number): void => {
  if (res.headersSent) return
  const kib = Math.floor(limit / 1024)
  const body = JSON.stringify({
    errors: [
      {
        extensions: { statusCode: 413 },
        message: `För stort: högst ${kib} KiB / Request too large: at most ${kib} KiB`,
      },
    ],
  })
  res.writeHead(413, {
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    'content-type': 'application/json; charset=utf-8',
  })
  res.end(body)
}

/**
 * Bounds every request body, whatever its framing, before anything downstream reads a byte:
 * - with `Content-Length`, a length over the limit is refused at once (413) and the body thrown
 *   away as it comes, for at most two seconds before the connection is closed; the HTTP parser
 *   never reads more than the length given;
 * - without it (`Transfer-Encoding: chunked`), the body is counted while it arrives and held
 *   back; past the limit it is refused (413) and the rest thrown away as it comes, otherwise it is
 *   handed on whole, as if it had come with its length. A body that never ends never reaches the
 *   application (the server's request time-out closes it).
 * Connect-style (Express, a plain `http` server): `app.use(limitBodies(limitFor))`.
 */
export const limitBodies =
  (limitFor: BodyLimit) =>
  (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const limit = limitFor(req)
    const declared = req.headers['content-length']
    if (declared !== undefined) {
      if (Number(declared) > limit) {
        closeAfterAnswer(req, res)
        req.resume()
        return refuse(res, limit)
      }
      return next()
    }
    if (req.headers['transfer-encoding'] === undefined || req.complete) {
      if (req.readableLength > limit) return refuse(res, limit)
      return next()
    }
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    const keep = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        refused = true
        chunks.length = 0
        closeAfterAnswer(req, res)
        refuse(res, limit)
      } else {
        chunks.push(chunk)
      }
    }
    // Whatever arrived before this ran is already in the stream's buffer: nobody reads it yet.
    for (let chunk: Buffer | null = req.read(); chunk !== null; chunk = req.read()) keep(chunk)
    const push = req.push.bind(req)
    // The HTTP parser hands each piece of the body to `push`: count it here, pass it on at the end.
    req.push = (chunk: Buffer | null, encoding?: BufferEncoding): boolean => {
      if (chunk !== null) {
        if (!refused) keep(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding))
        return true
      }
      req.push = push
      if (refused) return false
      delete req.headers['transfer-encoding']
      req.headers['content-length'] = String(size)
      if (size > 0) push(Buffer.concat(chunks))
      push(null)
      next()
      return false
    }
  }
