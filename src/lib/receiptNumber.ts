import { randomBytes } from 'node:crypto'

// Crockford's base 32: no I, L, O or U, so a number read aloud or typed by hand is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A feedback receipt number such as `K7Q2-M9XD-3F8A`: 60 random bits, so it says nothing about
 * how many residents wrote and cannot be guessed.
 */
export const newReceiptNumber = (): string => {
  const bytes = randomBytes(12)
  const chars = [...bytes].map((byte) => ALPHABET[byte % 32])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-')
}

/** True for a string shaped like a receipt number. */
export const isReceiptNumber = (value: string): boolean =>
  /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(value)
