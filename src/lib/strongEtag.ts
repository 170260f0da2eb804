import { createHash } from 'node:crypto'

/** A strong ETag over a representation's bytes (RFC 9110 §8.8.3): 32 characters of its SHA-256. */
export const strongEtag = (bytes: Buffer | string): string =>
  `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`
