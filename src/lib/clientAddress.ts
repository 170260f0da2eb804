/** Request header in which a host's own server hands on the client address it trusts. */
export const CLIENT_ADDRESS_HEADER = 'x-mob-client-address'

/**
 * The client address the plugin counts rate limits by: the one the host's server vouches for
 * (CLIENT_ADDRESS_HEADER, set by this app's Express from the socket or a trusted proxy), else the
 * address the nearest proxy added last to `X-Forwarded-For`, else "unknown".
 */
export const clientAddressOf = (headers: { get: (name: string) => null | string }): string =>
  headers.get(CLIENT_ADDRESS_HEADER) ??
  headers.get('x-forwarded-for')?.split(',').pop()?.trim() ??
  'unknown'
