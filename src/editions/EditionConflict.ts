/** An edition action that cannot be done as asked (already done, wrong state); says why and which plan. */
export class EditionConflict extends Error {
  /** The plan the conflict is about, e.g. the next year's plan that already exists. */
  readonly existing?: { id: number | string; year: number }
  readonly status: number

  constructor(message: string, status = 409, existing?: { id: number | string; year: number }) {
    super(message)
    this.name = 'EditionConflict'
    this.existing = existing
    this.status = status
  }
}
