import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'

import { settledMarker } from '../hooks/publicChange/pageCache'
import { NEXT_REQUEST_HEADERS } from './nextRequestHeaders'

/** An answer as it went out, to send again while nothing public has changed. */
type Recorded = {
  body: Buffer
  /** Header names and values, one after the other, as `writeHead` takes them. */
  headers: string[]
  /** The change marker it was made under. */
  marker: string
  /** The request headers it varies by (lower case) and the values it was made for. */
  vary: [name: string, value: string][]
}

export type PublicFastPathOptions = {
  /**
   * Addresses whose POST answers may be kept too, keyed by the body (a query's text): this app's
   * GraphQL route. A POST is held until its body (at most 64 KiB, with its length declared) is in.
   */
  postPaths?: string[]
  /** Bytes of answers kept at most (64 MiB unless set). */
  maxBytes?: number
  /** Addresses kept at most (2,000 unless set). */
  maxEntries?: number
}

/** Variants of one address (languages, encodings) kept at most. */
const MAX_VARIANTS = 8
const MAX_URL_LENGTH = 2048
/** The largest POST body read before the ordinary way (the GraphQL limit). */
const MAX_POST_BYTES = 64 * 1024
/**
 * Headers that make a request something else than a plain read of the address: conditions, and
 * Next.js's client navigations and server actions (they get the router's format, not the page).
 */
const CONDITIONAL = [
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'range',
  ...NEXT_REQUEST_HEADERS,
]
/**
 * The longest value of a request header an answer is kept for (a `Vary` header, the body's
 * type): a browser's `Accept-Language` or `Accept-Encoding` is far shorter; a request with a
 * longer one is answered the ordinary way, so that nobody fills the memory with header text.
 */
const MAX_KEPT_HEADER = 256
/** Headers of the connection, not of the answer: Node.js writes its own. */
const CONNECTION_HEADERS = [
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
]

/** A request by nobody in particular: no session, no credentials, no conditions. */
const anonymous = (req: IncomingMessage): boolean => {
  const { headers } = req
  return (
    headers.cookie === undefined &&
    headers.authorization === undefined &&
    headers['transfer-encoding'] === undefined &&
    !CONDITIONAL.some((name) => headers[name] !== undefined) &&
    (req.url?.length ?? MAX_URL_LENGTH) < MAX_URL_LENGTH
  )
}

/** A read by nobody in particular: GET or HEAD, anonymous, no body. */
const plainRead = (req: IncomingMessage): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  (req.headers['content-length'] === undefined || req.headers['content-length'] === '0') &&
  anonymous(req)

/** The length of an anonymous POST's body when it may be read first: declared, small. */
const postLength = (req: IncomingMessage, paths: Set<string>): number | undefined => {
  if (req.method !== 'POST' || !paths.has(req.url ?? '') || !anonymous(req)) return undefined
  if ((req.headers['content-type'] ?? '').length > MAX_KEPT_HEADER) return undefined
  const length = Number(req.headers['content-length'])
  return Number.isInteger(length) && length > 0 && length <= MAX_POST_BYTES ? length : undefined
}

/** What a POST's answer is kept under: its address, body type and body. */
const postKey = (req: IncomingMessage, body: Buffer): string =>
  `POST ${req.url} ${req.headers['content-type'] ?? ''} ${createHash('sha1').update(body).digest('base64')}`

const headerValue = (req: IncomingMessage, name: string): string => {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}

/** Whether an answer may be sent again to anyone who asks the same: what a shared cache keeps. */
const shareable = (res: ServerResponse): boolean => {
  const policy = String(res.getHeader('cache-control') ?? '').toLowerCase()
  return (
    res.statusCode === 200 &&
    /(?:^|,)\s*public\b/.test(policy) &&
    !/\b(?:private|no-store|no-cache)\b/.test(policy) &&
    res.getHeader('etag') !== undefined &&
    res.getHeader('set-cookie') === undefined &&
    !String(res.getHeader('vary') ?? '').includes('*')
  )
}

const flatHeaders = (res: ServerResponse, length: number): string[] => {
  const flat: string[] = []
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || CONNECTION_HEADERS.includes(name)) continue
    for (const one of Array.isArray(value) ? value : [value]) flat.push(name, String(one))
  }
  // Says, as shared caches do, that this answer came from memory before any route ran.
  flat.push('content-length', String(length), 'x-cache', 'HIT')
  return flat
}

/**
 * The shortest way to a public answer: before Express and everything behind it, a plain read
 * (GET or HEAD, no cookie, no credentials, no conditions) of an address whose answer went out
 * before is sent again from memory — status, headers and body as they were — for as long as
 * nothing public has changed. Only answers a shared cache could keep are kept (200, `Cache-Control:
 * public`, an ETag, no cookie set); each for the request headers its `Vary` names; each under the
 * change marker read before it was made, and sent again only while the process holds that same
 * marker read less than a second ago (the page caches' own rule). When the marker is due to be
 * read, the request takes the ordinary way, which reads it. Bounded in bytes and entries. An
 * answer sent again says `X-Cache: HIT`.
 *
 * Use: `http.createServer((req, res) => fast.serve(req, res, () => app(req, res)))` and
 * `app.use(fast.record)` before the routes.
 */
export const createPublicFastPath = (payload: Payload, options: PublicFastPathOptions = {}) => {
  const entries = new LRUCache<string, Recorded[]>({
    max: options.maxEntries ?? 2000,
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    // Everything kept counts: bodies, headers, the request header values and the key itself.
    sizeCalculation: (variants, key) =>
      key.length +
      variants.reduce(
        (sum, v) =>
          sum +
          v.body.length +
          v.headers.join('').length +
          v.vary.reduce((n, [name, value]) => n + name.length + value.length, 0),
        0,
      ),
  })

  const postPaths = new Set(options.postPaths ?? [])
  /** The key each held POST was read under, for `record`. */
  const postKeys = new WeakMap<IncomingMessage, string>()

  /** Sends the answer kept under `key` and says so; false when there is none to send. */
  const sendKept = (req: IncomingMessage, res: ServerResponse, key: string): boolean => {
    const variants = entries.get(key)
    if (!variants) return false
    const marker = settledMarker(payload)
    if (marker === undefined) return false
    const hit = variants.find(
      (v) =>
        v.marker === marker && v.vary.every(([name, value]) => headerValue(req, name) === value),
    )
    if (!hit) return false
    res.writeHead(200, hit.headers)
    res.end(req.method === 'HEAD' ? undefined : hit.body)
    return true
  }

  /**
   * An anonymous POST to one of `postPaths`: its body read (paused, not flowing), then the kept
   * answer, or the body put back where it was for the ordinary way to read.
   */
  const servePost = (
    req: IncomingMessage,
    res: ServerResponse,
    length: number,
    orElse: () => void,
  ): void => {
    const chunks: Buffer[] = []
    let received = 0
    const onReadable = () => {
      for (let chunk: Buffer | null = req.read(); chunk !== null; chunk = req.read()) {
        chunks.push(chunk)
        received += chunk.length
      }
      if (received < length) return
      req.removeListener('readable', onReadable)
      const body = Buffer.concat(chunks)
      const key = postKey(req, body)
      if (sendKept(req, res, key)) {
        req.resume()
        return
      }
      postKeys.set(req, key)
      // Before 'end' is emitted (it waits for an empty buffer), so the ordinary way reads it all.
      req.unshift(body)
      orElse()
    }
    req.on('readable', onReadable)
  }

  /**
   * Sends the kept answer, or hands the request to `orElse` (the ordinary way). At once for a
   * read; a POST to `postPaths` is answered once its body is in.
   */
  const serve = (req: IncomingMessage, res: ServerResponse, orElse: () => void): void => {
    if (plainRead(req) && sendKept(req, res, req.url as string)) return
    const length = postLength(req, postPaths)
    if (length === undefined) return orElse()
    servePost(req, res, length, orElse)
  }

  const keep = (url: string, recorded: Recorded): void => {
    const same = (v: Recorded) =>
      v.vary.length === recorded.vary.length &&
      v.vary.every(
        ([name, value], i) => recorded.vary[i]?.[1] === value && recorded.vary[i]?.[0] === name,
      )
    const others = (entries.get(url) ?? []).filter((v) => v.marker === recorded.marker && !same(v))
    entries.set(url, [recorded, ...others].slice(0, MAX_VARIANTS))
  }

  /** Connect-style: watches a plain read's answer go out and keeps it when it may be sent again. */
  const record = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const marker = settledMarker(payload)
    const url = req.method === 'GET' && plainRead(req) ? req.url : postKeys.get(req)
    if (marker === undefined || url === undefined) return next()
    const chunks: Buffer[] = []
    let bytes = 0
    let whole = true
    const collect = (chunk: unknown, encoding: unknown) => {
      if (!whole) return
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk)
            : undefined
      if (!buffer) return
      bytes += buffer.length
      // Larger than a tenth of the whole store: not worth keeping.
      if (bytes > (options.maxBytes ?? 64 * 1024 * 1024) / 10) whole = false
      else chunks.push(buffer)
    }
    const write = res.write
    const end = res.end
    res.write = function (this: ServerResponse, ...args: Parameters<ServerResponse['write']>) {
      collect(args[0], args[1])
      return write.apply(this, args)
    } as ServerResponse['write']
    res.end = function (this: ServerResponse, ...args: Parameters<ServerResponse['end']>) {
      if (typeof args[0] !== 'function') collect(args[0], args[1])
      return end.apply(this, args)
    } as ServerResponse['end']
    res.once('finish', () => {
      if (!whole || !shareable(res)) return
      const body = Buffer.concat(chunks)
      const declared = res.getHeader('content-length')
      if (declared !== undefined && Number(declared) !== body.length) return
      const vary = String(res.getHeader('vary') ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean)
        .map((name): [string, string] => [name, headerValue(req, name)])
      if (vary.some(([, value]) => value.length > MAX_KEPT_HEADER)) return
      keep(url, { body, headers: flatHeaders(res, body.length), marker, vary })
    })
    next()
  }

  return { record, serve }
}
