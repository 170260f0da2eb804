import type { Endpoint, PayloadRequest } from 'payload'

import { z } from 'zod'

import { createNextYearPlan } from './createNextYearPlan'
import { decidePlan } from './decidePlan'
import { EditionConflict } from './EditionConflict'
import { undoDecision } from './undoDecision'
import { hasRole, isStaffUser } from '../lib/roles'

const json = (body: unknown, status: number) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

const refuse = (status: number, message: string) => json({ errors: [{ message }] }, status)

const staffOnly = (req: PayloadRequest): null | Response =>
  isStaffUser(req.user)
    ? null
    : refuse(req.user ? 403 : 401, 'Logga in som redaktör / Sign in as staff')

// Deciding a plan freezes it for good: an administrator's act, on record.
const adminOnly = (req: PayloadRequest): null | Response =>
  hasRole(req.user, 'admin')
    ? null
    : refuse(
        req.user ? 403 : 401,
        'Bara en administratör kan markera en plan som beslutad eller ångra det / Only an administrator can mark a plan as decided or undo it',
      )

const idParam = (req: PayloadRequest): number | string | undefined => {
  const id = req.routeParams?.id
  return typeof id === 'string' && /^[\w-]{1,64}$/.test(id) ? id : undefined
}

const body = async (req: PayloadRequest): Promise<unknown> => {
  if (!req.headers.get('content-type')?.includes('json')) return {}
  return req.json?.().catch(() => undefined)
}

const answerConflict = (error: unknown): Response => {
  if (!(error instanceof EditionConflict)) throw error
  return json(
    { errors: [{ message: error.message }], ...(error.existing ? { doc: error.existing } : {}) },
    error.status,
  )
}

const nextYearBody = z
  .object({
    savingsMeasures: z
      .array(z.union([z.number().int(), z.string().max(64)]))
      .max(500)
      .optional(),
  })
  .strict()

// "2021-02-30" parses (to 2 March) in JavaScript: a real calendar day reads back the same.
const isCalendarDate = (d: string): boolean => {
  const date = new Date(`${d}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d
}

const decideBody = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isCalendarDate),
    diarienummer: z.string().trim().min(1).max(60),
    paragraph: z.string().trim().min(1).max(40),
  })
  .strict()

/**
 * `POST /api/budget-plans/:id/next-year` (optional `{ "savingsMeasures": [ids] }`): next year's
 * plan as a draft, `201 { doc: { id, year } }`; a second call `409` naming the plan that exists.
 */
export const nextYearEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const refused = staffOnly(req)
    if (refused) return refused
    const id = idParam(req)
    const parsed = nextYearBody.safeParse(await body(req))
    if (id === undefined || !parsed.success) {
      return refuse(
        400,
        'Skicka {} eller { "savingsMeasures": [id, …] } / Send {} or { "savingsMeasures": [ids] }',
      )
    }
    try {
      const doc = await createNextYearPlan(req.payload, id, {
        savingsMeasureIds: parsed.data.savingsMeasures,
        user: req.user,
      })
      return json({ doc }, 201)
    } catch (error) {
      return answerConflict(error)
    }
  },
  method: 'post',
  path: '/:id/next-year',
})

/**
 * `POST /api/budget-plans/:id/decide` with `{ "date": "2021-03-10", "paragraph": "§ 12",
 * "diarienummer": "KS 2020/123" }` (admins): freezes the published plan as decided, `200 { doc }`;
 * `409` when it is not published or already decided.
 */
export const decideEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const refused = adminOnly(req)
    if (refused) return refused
    const id = idParam(req)
    const parsed = decideBody.safeParse(await body(req))
    if (id === undefined || !parsed.success) {
      return refuse(
        400,
        'Skicka { "date": "ÅÅÅÅ-MM-DD", "paragraph": "§ 12", "diarienummer": "KS 2020/123" } / Send date, paragraph and diarienummer',
      )
    }
    try {
      const doc = await decidePlan(
        req.payload,
        id,
        {
          date: parsed.data.date,
          diaryNumber: parsed.data.diarienummer,
          paragraph: parsed.data.paragraph,
        },
        { user: req.user },
      )
      return json({ doc }, 200)
    } catch (error) {
      return answerConflict(error)
    }
  },
  method: 'post',
  path: '/:id/decide',
})

const undoBody = z.object({ reason: z.string().trim().min(3).max(2000) }).strict()

/**
 * `POST /api/budget-plans/:id/decide/undo` with `{ "reason": "…" }` (admins): undoes the decision
 * while nothing depends on it, `200 { doc }`, logged with the reason; `409` when the plan is not
 * decided, or a correction note or next year's plan depends on the decision.
 */
export const undoDecisionEndpoint = (): Endpoint => ({
  handler: async (req) => {
    const refused = adminOnly(req)
    if (refused) return refused
    const id = idParam(req)
    const parsed = undoBody.safeParse(await body(req))
    if (id === undefined || !parsed.success) {
      return refuse(
        400,
        'Skicka { "reason": "varför beslutet ångras" } (3–2000 tecken) / Send { "reason": "why" } (3–2000 characters)',
      )
    }
    try {
      return json({ doc: await undoDecision(req, id, parsed.data.reason) }, 200)
    } catch (error) {
      return answerConflict(error)
    }
  },
  method: 'post',
  path: '/:id/decide/undo',
})
