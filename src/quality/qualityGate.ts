import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { type CheckedKind, publicationProblems } from './checkPublication'
import { qualityRefusal } from './qualityRefusal'

/**
 * Before a publish (the document saved as published, by an editor, the API or a scheduled job):
 * checks what would become public and refuses the publish with every problem, in Swedish, each on
 * the field it concerns. Drafts are saved whatever they hold.
 */
export const qualityGate =
  (kind: CheckedKind): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (data._status !== 'published') return data
    const problems = await publicationProblems(req, kind, { ...originalDoc, ...data })
    if (problems.length === 0) return data
    // The message itself lists every problem, so that any client (and the admin's notice) shows
    // them in words; `data.errors` carries each with its field, as Payload's validation does.
    throw new APIError(
      qualityRefusal(problems),
      400,
      {
        collection: collection.slug,
        errors: problems.map((p) => ({ message: p.message, path: p.field })),
      },
      true,
    )
  }
