import type { SanitizedOptions } from '../options/types'

/**
 * The client address the plugin counts rate limits by — the one source for every route (sign-in,
 * password reset, feedback by REST, GraphQL and the page's form): the header the host's server
 * vouches for (`clientAddressHeader`, which that server overwrites on every request), else the
 * address the nearest proxy appended last to `X-Forwarded-For`, else "unknown".
 */
export const clientAddressOf = (
  { clientAddressHeader }: Pick<SanitizedOptions, 'clientAddressHeader'>,
  headers: { get: (name: string) => null | string },
): string => {
  const vouched = clientAddressHeader ? headers.get(clientAddressHeader)?.trim() : undefined
  if (clientAddressHeader) return vouched || 'unknown'
  return headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'
}
