import type { GlobalBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * A global's save whose body is no JSON object (`null`, a number, text sent as text/plain):
 * Payload would read its fields from nothing and answer 500; this answers 400 with what to send.
 */
export const refuseNonObjectData: GlobalBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update') return args
  const { data } = args as { data?: unknown }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError(
      'Skicka inställningarna som ett JSON-objekt (Content-Type: application/json). / Send the settings as a JSON object (Content-Type: application/json).',
      400,
      undefined,
      true,
    )
  }
  return args
}
