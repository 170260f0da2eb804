import type { CollectionSlug, Endpoint } from 'payload'

import { latestDraftOf } from '../endpoints/latestDraftOf'
import { isStaffUser } from '../lib/roles'
import { type CheckedKind, publicationProblems, publicationWarnings } from './checkPublication'

/**
 * `GET /api/<collection>/:id/quality` (staff): the quality report of the document's latest draft —
 * the problems that would stop a publish, each text's LIX, and the warnings — for the sidebar panel.
 */
export const qualityEndpoint = (kind: CheckedKind, collection: CollectionSlug): Endpoint => ({
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return Response.json(
        { errors: [{ message: 'Logga in som redaktör / Sign in as staff' }] },
        { status: req.user ? 403 : 401 },
      )
    }
    const found = await latestDraftOf(req, collection, req.routeParams?.id)
    if (!found)
      return Response.json({ errors: [{ message: 'Finns inte / Not found' }] }, { status: 404 })
    const doc: Record<string, unknown> = Object.fromEntries(Object.entries(found))
    return Response.json(
      { problems: await publicationProblems(req, kind, doc), ...publicationWarnings(kind, doc) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
  method: 'get',
  path: '/:id/quality',
})
