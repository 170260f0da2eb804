import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * Before creating an image or document: the file comes with the request. A `url` instead would
 * make the server fetch whatever address it names (Payload's remote upload) — another site, the
 * cloud's metadata service, this server itself with the editor's cookie — so it is refused.
 */
export const refuseRemoteUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const data = (args as { data?: unknown }).data
  const url = data && typeof data === 'object' && 'url' in data ? data.url : undefined
  if (typeof url === 'string' && !req.file) {
    throw new APIError(
      'Ladda upp själva filen; att hämta en fil från en adress stöds inte / Upload the file itself; fetching a file from an address is not supported',
      400,
      undefined,
      true,
    )
  }
  return args
}
