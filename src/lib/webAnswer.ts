import type { Answer } from '../publicPage/answerPlanRead'

/** An answer as a web Response (what a Payload endpoint returns). */
export const toResponse = ({ body, headers, status }: Answer): Response =>
  new Response(body ? new Uint8Array(body) : null, { headers, status })
