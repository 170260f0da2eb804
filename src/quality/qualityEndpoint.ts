import type { CollectionSlug, Endpoint } from 'payload'

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
    const id = req.routeParams?.id
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: true,
      req,
      where: { id: { equals: typeof id === 'string' || typeof id === 'number' ? id : -1 } },
    })
    if (!docs[0])
      return Response.json({ errors: [{ message: 'Finns inte / Not found' }] }, { status: 404 })
    const doc: Record<string, unknown> = Object.fromEntries(Object.entries(docs[0]))
    return Response.json(
      { problems: await publicationProblems(req, kind, doc), ...publicationWarnings(kind, doc) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
  method: 'get',
  path: '/:id/quality',
})
