import type { BaseDatabaseAdapter } from 'payload'

import { APIError } from 'payload'

/** A document another request deleted while this one was on its way to it. */
export class DocumentGoneError extends APIError {
  constructor() {
    super(
      'Dokumentet finns inte längre (det togs bort under tiden). / The document no longer exists (it was deleted meanwhile).',
      404,
      undefined,
      true,
    )
    this.name = 'DocumentGoneError'
  }
}

/**
 * Two deletes of one document at once (a double click, a retried request; found by the fuzzer as
 * 200 then 500) both find it, then one deletes it and the other's delete finds no row: Payload
 * would read the fields of nothing and answer 500. A delete that finds its document gone answers
 * 404 instead (unless the caller asked for no result).
 */
export const answerGoneWith404 = (adapter: BaseDatabaseAdapter): void => {
  const deleteOne = adapter.deleteOne
  adapter.deleteOne = async function (this: unknown, args) {
    const result = await deleteOne.call(this, args)
    if ((result === null || result === undefined) && args.returning !== false)
      throw new DocumentGoneError()
    return result
  }
}
