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
