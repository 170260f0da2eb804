import { APIError } from 'payload'

const WHAT = {
  delete: {
    en: 'delete published content',
    sv: 'ta bort publicerat innehåll',
  },
  publish: { en: 'publish or schedule a publish', sv: 'publicera eller schemalägga' },
  unpublish: { en: 'unpublish', sv: 'avpublicera' },
} as const

/** The refusal an editor meets when changing what the public sees while review is on. */
export class EditorPublishRefused extends APIError {
  constructor(what: keyof typeof WHAT = 'publish') {
    super(
      `Granskning före publicering är påslagen: som redaktör kan du inte ${WHAT[what].sv}. Välj "Skicka för granskning", så tar en granskare det vidare. / Review before publishing is on: an editor cannot ${WHAT[what].en}; choose "Skicka för granskning" (send for review) and a reviewer takes it on.`,
      403,
      undefined,
      true,
    )
  }
}
