/**
 * Whether an `Accept-Encoding` header lets the answer be gzip (RFC 9110 §12.5.3): `gzip` (or
 * `x-gzip`) with a weight above 0, or `*` above 0 when gzip is not named; `gzip;q=0` refuses it.
 */
export const acceptsGzip = (header: null | string | undefined): boolean => {
  if (!header) return false
  let star: number | undefined
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase())
    const q = params.find((p) => /^q\s*=/.test(p))
    const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ''))
    const accepted = Number.isFinite(weight) && weight > 0
    if (name === 'gzip' || name === 'x-gzip') return accepted
    if (name === '*') star = accepted ? 1 : 0
  }
  return star === 1
}
