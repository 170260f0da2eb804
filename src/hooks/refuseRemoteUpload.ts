import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * Before creating an image or document: the file comes with the request (or from the document
 * duplicated). Without one, Payload would fetch whatever address a client put in `url` (its remote
 * upload) — another site, the cloud's metadata service, this server itself with the editor's
 * cookie — and it strips `url` from what hooks see, so every create without a file is refused.
 */
export const refuseRemoteUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // Without a user, access refuses the create (or it is the system's own, trusted, code).
  if (operation !== 'create' || req.file || !req.user) return args
  if ((args as { duplicateFromID?: unknown }).duplicateFromID !== undefined) return args
  throw new APIError(
    'Ladda upp själva filen; att hämta en fil från en adress stöds inte / Upload the file itself; fetching a file from an address is not supported',
    400,
    undefined,
    true,
  )
}
