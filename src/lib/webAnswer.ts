/** An answer as bytes and headers, made once and sent as often as asked. */
export type Answer = { body?: Buffer; headers: Record<string, string>; status: number }

/** An answer as a web Response (what a Payload endpoint returns). */
export const toResponse = ({ body, headers, status }: Answer): Response =>
  new Response(body ? new Uint8Array(body) : null, { headers, status })
