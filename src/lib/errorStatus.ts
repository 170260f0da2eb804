const MAX_CHAIN = 6

/** An error that is the client's to fix (4xx) or a temporary condition (503), not a bug. */
export type ExpectedError = { message: string; status: number }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * Errors Payload raises unclassified while it reads a request (so they would be 500s), by where
 * they come from: busboy, its multipart parser, and the JSON form of `where` and `data` in the
 * query string.
 */
const UNREADABLE_REQUESTS: { from: RegExp; sv: string; en: string }[] = [
  {
    en: 'The multipart form could not be read',
    from: /[\\/]busboy[\\/]lib[\\/]/,
    sv: 'Formuläret (multipart/form-data) kunde inte läsas',
  },
  {
    en: 'A query parameter (where, data) is not valid JSON',
    from: /^SyntaxError[^\n]*\n\s+at JSON\.parse[^\n]*\n\s+at parseParams /,
    sv: 'En parameter i adressen (where, data) är inte giltig JSON',
  },
]

const unreadableRequest = (
  error: Record<string, unknown>,
  text: string,
): ExpectedError | undefined => {
  const stack = typeof error.stack === 'string' ? error.stack : ''
  const known = UNREADABLE_REQUESTS.find(({ from }) => from.test(stack))
  return known && { message: `${known.sv}: ${text} / ${known.en}: ${text}`, status: 400 }
}

/**
 * What an error stands for when it is expected: the first error in its chain (itself, a GraphQL
 * error's `originalError`, a query error's `cause`) that carries a 4xx or 503 status, or a
 * request Payload could not read (400, see UNREADABLE_REQUESTS). Undefined for an unexpected error.
 */
export const expectedError = (error: unknown): ExpectedError | undefined => {
  let current: unknown = error
  for (let depth = 0; depth < MAX_CHAIN && isRecord(current); depth++) {
    const { message, status } = current
    const text = typeof message === 'string' ? message : 'Error'
    if (typeof status === 'number' && ((status >= 400 && status < 500) || status === 503)) {
      return { message: text, status }
    }
    // The client went away before its body was read whole: nobody is there for an answer.
    if (current.code === 'ECONNRESET' && text === 'aborted')
      return { message: 'Klienten avbröt förfrågan / The client aborted the request', status: 400 }
    const unreadable = unreadableRequest(current, text)
    if (unreadable) return unreadable
    current = current.originalError ?? current.cause
  }
  return undefined
}
