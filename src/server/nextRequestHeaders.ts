/**
 * The request headers with which Next.js's client router asks for a page's RSC payload (a
 * navigation, a prefetch, a segment) and a server action posts to it: what such a request gets is
 * not the HTML page a reader gets from the same address. The page caches name them in `Vary` and
 * never keep or rewrite an answer to a request that carries one.
 */
export const NEXT_REQUEST_HEADERS = [
  'rsc',
  'next-action',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
] as const
