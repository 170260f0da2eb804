import { APIError } from 'payload'

/** The refusal an editor meets when publishing or scheduling a publish with the workflow on. */
export class EditorPublishRefused extends APIError {
  constructor() {
    super(
      'Granskning före publicering är påslagen: som redaktör kan du inte publicera eller schemalägga. Välj "Skicka för granskning", så godkänner en granskare. / Review before publishing is on: an editor cannot publish or schedule a publish; choose "Skicka för granskning" (send for review) and a reviewer approves it.',
      403,
      undefined,
      true,
    )
  }
}
