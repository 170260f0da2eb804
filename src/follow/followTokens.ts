import type { Payload } from 'payload'

import { createHmac, timingSafeEqual } from 'node:crypto'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

const sign = (payload: Payload, text: string): string =>
  createHmac('sha256', payload.secret).update(text).digest('base64url')

/** The token of one request's confirmation link: the row and its address, signed. */
export const confirmToken = (payload: Payload, id: number | string, emailHash: string): string =>
  sign(payload, `follow-confirm:${id}:${emailHash}`)

/** The token of an address's unsubscribe link (every row of the address). */
export const leaveToken = (payload: Payload, emailHash: string): string =>
  sign(payload, `follow-leave:${emailHash}`)

/** True when a token from a link is the one expected (compared in constant time). */
export const sameToken = (given: unknown, expected: string): boolean => {
  if (typeof given !== 'string') return false
  // Compared as bytes: "ä" is one character and two bytes (a token of equal length in characters
  // but not in bytes made timingSafeEqual throw, a 500).
  const givenBytes = Buffer.from(given)
  const expectedBytes = Buffer.from(expected)
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes)
}

const routeUrl = (payload: Payload, route: 'confirm' | 'unsubscribe', query: URLSearchParams) =>
  `${pluginOptionsOf(payload.config).serverUrl}${payload.config.routes.api}/public/follow/${route}?${query}`

/** The link in the confirmation e-mail. */
export const confirmUrl = (payload: Payload, id: number | string, emailHash: string): string =>
  routeUrl(
    payload,
    'confirm',
    new URLSearchParams({ id: String(id), token: confirmToken(payload, id, emailHash) }),
  )

/** The link (and RFC 8058 one-click address) that ends every follow of an address. */
export const leaveUrl = (payload: Payload, emailHash: string, locale: 'en' | 'sv'): string =>
  routeUrl(
    payload,
    'unsubscribe',
    new URLSearchParams({
      address: emailHash,
      token: leaveToken(payload, emailHash),
      ...(locale === 'en' && { locale }),
    }),
  )
