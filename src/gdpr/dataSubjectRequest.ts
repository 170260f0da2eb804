import type { Endpoint } from 'payload'

import { z } from 'zod'

import { erasePersonalData, exportPersonalData } from './dataSubject'
import { hasRole } from '../lib/roles'

const bodySchema = z.object({
  email: z.string().trim().max(254).pipe(z.email()),
})

/**
 * `POST /api/feedback/gdpr/export` and `/gdpr/erase` with `{ "email": "…" }`: admins only. Export
 * answers everything stored about the address; erase deletes it. Both are recorded (who, when, how
 * many), with the address only as a keyed hash.
 */
export const dataSubjectRequest = (action: 'erase' | 'export'): Endpoint => ({
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return Response.json(
        { errors: [{ message: 'Endast administratörer / Admins only' }] },
        { status: req.user ? 403 : 401 },
      )
    }
    const raw: unknown = await req.json?.().catch(() => undefined)
    const parsed = bodySchema.safeParse(raw)
    if (!parsed.success) {
      return Response.json(
        {
          errors: [
            {
              message:
                'Skicka { "email": "namn@exempel.se" } / Send { "email": "name@example.com" }',
            },
          ],
        },
        { status: 400 },
      )
    }
    const origin = { user: req.user?.id, via: 'api' as const }
    const result =
      action === 'export'
        ? await exportPersonalData(req.payload, parsed.data.email, origin)
        : await erasePersonalData(req.payload, parsed.data.email, origin)
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' }, status: 200 })
  },
  method: 'post',
  path: `/gdpr/${action}`,
})
