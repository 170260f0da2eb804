/** Why a Kolada request failed, in words an editor can act on (Swedish first). */
export class KoladaError extends Error {
  /** The HTTP status Kolada answered, when it answered. */
  readonly status?: number

  constructor(message: string, status?: number) {
    super(message)
    this.name = 'KoladaError'
    this.status = status
  }
}
