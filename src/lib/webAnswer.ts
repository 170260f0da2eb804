/** An answer as bytes and headers, made once and sent as often as asked. */
export type Answer = { body?: Buffer; headers: Record<string, string>; status: number }

/** An answer as a web Response (what a Payload endpoint returns). */
export const toResponse = ({ body, headers, status }: Answer): Response =>
  new Response(body ? new Uint8Array(body) : null, { headers, status })

/** A JSON answer that is never cached. */
export const jsonAnswer = (
  status: number,
  body: object,
  headers: Record<string, string> = {},
): Answer => ({
  body: Buffer.from(JSON.stringify(body)),
  headers: {
    ...headers,
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
  },
  status,
})

/** A refused read: `status` with one message in Swedish and English, never cached. */
export const refusal = (
  status: number,
  sv: string,
  en: string,
  headers: Record<string, string> = {},
): Answer => jsonAnswer(status, { errors: [{ message: `${sv} / ${en}`, status }] }, headers)
