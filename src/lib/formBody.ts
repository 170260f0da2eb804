import type { Answer } from './webAnswer'

import { refusal } from './webAnswer'

/** A resident's post (a form or JSON), whatever server received it. */
export type ResidentPost = {
  /** The request's `Accept` header: a browser's own form post (no script) asks for HTML. */
  accept?: string
  /** The client address the server vouches for (rate limits count per address). */
  clientKey: string
  contentLength: number | undefined
  contentType: string | undefined
  /** The body, or undefined when it is longer than the limit. */
  readBody: (limit: number) => Promise<Buffer | undefined>
}

/** Most fields of a form post. */
const MAX_FORM_FIELDS = 20

/** The submission in a JSON or form body; undefined when it cannot be read. */
const parse = (kind: 'form' | 'json', text: string): unknown => {
  if (kind === 'json') {
    try {
      const value: unknown = JSON.parse(text)
      return typeof value === 'object' && value !== null ? value : undefined
    } catch {
      return undefined
    }
  }
  const form = new URLSearchParams(text)
  const fields: Record<string, string | string[]> = {}
  let count = 0
  for (const [name, value] of form) {
    if (++count > MAX_FORM_FIELDS) return undefined
    const seen = fields[name]
    fields[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value]
  }
  return fields
}

/**
 * The fields of a resident's post: JSON or an HTML form (`application/x-www-form-urlencoded`),
 * UTF-8, at most `maxBytes` — or the refusal to answer (415, 413, 400), in Swedish and English.
 * `what` names the thing sent in the 415's message ("Skicka synpunkten" / "Send the feedback").
 */
export const readResidentPost = async (
  post: ResidentPost,
  maxBytes: number,
  what: { en: string; sv: string },
): Promise<{ input: unknown; kind: 'form' | 'json' } | { refusal: Answer }> => {
  const [type, ...params] = (post.contentType ?? '')
    .toLowerCase()
    .split(';')
    .map((p) => p.trim())
  const kind =
    type === 'application/json'
      ? 'json'
      : type === 'application/x-www-form-urlencoded'
        ? 'form'
        : undefined
  if (!kind) {
    return {
      refusal: refusal(
        415,
        `${what.sv} som JSON eller som formulär (application/x-www-form-urlencoded)`,
        `${what.en} as JSON or as a form (application/x-www-form-urlencoded)`,
      ),
    }
  }
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '')
  if (charset && charset !== 'utf-8' && charset !== 'utf8')
    return { refusal: refusal(415, 'Skicka texten som UTF-8', 'Send the text as UTF-8') }
  const kib = Math.round(maxBytes / 1024)
  const tooLarge = () =>
    refusal(413, `För stort: högst ${kib} KiB`, `Too large: at most ${kib} KiB`)
  if ((post.contentLength ?? 0) > maxBytes) return { refusal: tooLarge() }
  const body = await post.readBody(maxBytes)
  if (!body) return { refusal: tooLarge() }
  const input = parse(kind, body.toString('utf8'))
  if (input === undefined)
    return { refusal: refusal(400, 'Formuläret kunde inte läsas', 'The form could not be read') }
  return { input, kind }
}

/** True when the client asks for HTML before JSON: a browser posting a form, not a script. */
export const wantsHtml = (accept: string | undefined): boolean => {
  const types = (accept ?? '').toLowerCase()
  const htmlAt = types.indexOf('text/html')
  const jsonAt = types.indexOf('application/json')
  return htmlAt !== -1 && (jsonAt === -1 || htmlAt < jsonAt)
}
