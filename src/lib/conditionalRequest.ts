/**
 * Whether a GET may be answered 304 Not Modified (RFC 9110 §13.1): `If-None-Match` lists the
 * current ETag (or `*`); without it, `If-Modified-Since` is not older than `Last-Modified`.
 * A request's own `Cache-Control: no-cache` (which browsers' fetch adds to conditional requests)
 * does not stop an origin server from answering 304.
 */
export const notModified = (
  headers: { ifModifiedSince?: string; ifNoneMatch?: string },
  current: { etag: string; lastModified: null | string },
): boolean => {
  if (headers.ifNoneMatch) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
    return headers.ifNoneMatch
      .split(',')
      .some((tag) => tag.trim() === '*' || opaque(tag) === opaque(current.etag))
  }
  if (headers.ifModifiedSince && current.lastModified) {
    const since = Date.parse(headers.ifModifiedSince)
    return Number.isFinite(since) && Date.parse(current.lastModified) <= since
  }
  return false
}

/**
 * A cached public representation (its bytes and strong ETag) as the answer to a GET or HEAD: 304
 * when the client holds it, else 200 with its type and length (no body for HEAD), with `headers`
 * (the Cache-Control and anything else of the route's) on both.
 */
export const answerRepresentation = (
  rep: { body: Buffer; etag: string },
  read: { ifNoneMatch?: string; method: string },
  contentType: string,
  headers: Record<string, string>,
): { body?: Buffer; headers: Record<string, string>; status: number } => {
  const common = { ...headers, ETag: rep.etag }
  if (notModified({ ifNoneMatch: read.ifNoneMatch }, { etag: rep.etag, lastModified: null }))
    return { headers: common, status: 304 }
  return {
    body: read.method === 'HEAD' ? undefined : rep.body,
    headers: { ...common, 'Content-Length': String(rep.body.length), 'Content-Type': contentType },
    status: 200,
  }
}
