import { APIError } from 'payload'

/** A workflow action refused: the status says why (400 input, 401/403 role, 404, 409 state). */
export class WorkflowRefused extends APIError {
  constructor(message: string, status: 400 | 401 | 403 | 404 | 409) {
    super(message, status, undefined, true)
  }
}
