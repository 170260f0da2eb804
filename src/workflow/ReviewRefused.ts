import { APIError } from 'payload'

const WHY = {
  delete: {
    en: 'an editor cannot delete published content; a reviewer or an admin can',
    sv: 'som redaktör kan du inte ta bort publicerat innehåll; det kan en granskare eller administratör',
  },
  publish: {
    en: 'content is published when a reviewer approves it. Choose "Skicka för granskning" (send for review)',
    sv: 'innehåll publiceras när en granskare godkänner det. Välj "Skicka för granskning"',
  },
  restore: {
    en: 'restore the version as a draft (draft=true) and send it for review',
    sv: 'återställ versionen som utkast och skicka den för granskning',
  },
  schedule: {
    en: 'a publish is scheduled by approving with a time ("Godkänn" with "Publicera vid")',
    sv: 'en publicering schemaläggs genom att godkänna med en tid ("Godkänn" med "Publicera vid")',
  },
  unpublish: {
    en: 'an editor cannot unpublish; a reviewer or an admin can',
    sv: 'som redaktör kan du inte avpublicera; det kan en granskare eller administratör',
  },
} as const

/** What the review rule refused. */
export type Refused = keyof typeof WHY

/** The refusal of a write the review rule does not allow, saying what to do instead (403). */
export class ReviewRefused extends APIError {
  constructor(what: Refused) {
    super(
      `Granskning före publicering är påslagen: ${WHY[what].sv}. / Review before publishing is on: ${WHY[what].en}.`,
      403,
      undefined,
      true,
    )
  }
}
