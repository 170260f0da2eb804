import fc from 'fast-check'

import type { RunningServer } from '../helpers/server'

import {
  adminAuthorization,
  jsonCall,
  reviewAuthorizations,
  startSeededServer,
} from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>
type Who = 'admin' | 'editor' | 'reviewer'

/** Sequences per run; `FOLLOW_UP_SEQUENCES` asks for more. */
const SEQUENCES = Number(process.env.FOLLOW_UP_SEQUENCES ?? 16)
/** A new seed every run, printed, so that a failure can be replayed with `FOLLOW_UP_SEED=…`. */
const SEED = Number(process.env.FOLLOW_UP_SEED ?? Date.now() % 2_147_483_647)

/** What a resident can read of one report: each goal's analysis and the report's summary. */
type PublicView = null | { analyses: Record<string, null | string>; summary: null | string }

type Step =
  | { action: 'approve' }
  | { action: 'duplicate' }
  | { action: 'return' }
  | { action: 'submit' }
  | {
      action: 'edit'
      at: number
      route:
        'bulk' | 'graphql-draft' | 'graphql-plain' | 'rest-draft' | 'rest-plain' | 'rest-publish'
      text: string
    }
  | {
      action: 'editReport'
      route: 'graphql-plain' | 'rest-draft' | 'rest-plain' | 'rest-publish'
      text: string
    }
  | { action: 'restore'; at: number; asDraft: boolean }

const text = fc
  .constantFrom('Alfa', 'Beta', 'Gamma', 'Delta')
  .chain((word) => fc.nat(999).map((n) => `${word} ${n}`))
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constantFrom<Step>({ action: 'submit' }, { action: 'approve' }), weight: 3 },
  { arbitrary: fc.constantFrom<Step>({ action: 'return' }, { action: 'duplicate' }), weight: 1 },
  {
    arbitrary: fc.record({
      action: fc.constant('edit' as const),
      at: fc.nat(3),
      route: fc.constantFrom(
        'bulk' as const,
        'graphql-draft' as const,
        'graphql-plain' as const,
        'rest-draft' as const,
        'rest-plain' as const,
        'rest-publish' as const,
      ),
      text,
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      action: fc.constant('editReport' as const),
      route: fc.constantFrom(
        'graphql-plain' as const,
        'rest-draft' as const,
        'rest-plain' as const,
        'rest-publish' as const,
      ),
      text,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      action: fc.constant('restore' as const),
      asDraft: fc.boolean(),
      at: fc.nat(3),
    }),
    weight: 2,
  },
)

/**
 * "A report publishes as a whole": over random sequences of saves by every route an editor has
 * (REST plain, draft and "publish" saves, bulk, GraphQL, version restores, duplicates) mixed with
 * the review round, what a resident reads of a report — REST, REST with `?draft=true`, GraphQL
 * and the public follow-up — changes only when a reviewer approves, and then to exactly what was
 * sent for review; never a draft, by any route.
 */
describe('the follow-up publishes as a whole, as an invariant over every route (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let planId: number
  const auth: Record<Who, string> = { admin: '', editor: '', reviewer: '' }

  const call = async (method: string, path: string, who: Who | null, body?: unknown) => {
    const answer = await jsonCall(`${server.url}${path}`, method, who ? auth[who] : undefined, body)
    // Whatever the step, never a server error.
    expect([method, path, answer.status < 500 ? 'no 5xx' : answer.text]).toEqual([
      method,
      path,
      'no 5xx',
    ])
    return answer
  }
  const graphql = (who: Who | null, query: string, variables: Record<string, unknown> = {}) =>
    call('POST', '/api/graphql', who, { query, variables })

  beforeAll(async () => {
    seeded = await startSeededServer('http_follow_up_invariant', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth.admin = await adminAuthorization(server.url)
    Object.assign(auth, await reviewAuthorizations(server.url))
    const plans = await call('GET', '/api/budget-plans?depth=0', 'admin')
    planId = (plans.json.docs as { id: number }[])[0].id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it(`should change what residents read only at an approval, to what was sent, over ${SEQUENCES} random sequences (seed ${SEED})`, async () => {
    console.log(
      `[follow-up invariant] seed ${SEED}, ${SEQUENCES} sequences (replay: FOLLOW_UP_SEED=${SEED})`,
    )
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 10, minLength: 1 }), async (steps) => {
        run += 1
        const created = await call('POST', '/api/follow-up-reports?draft=true', 'editor', {
          deadline: '2022-02-15',
          kind: 'period',
          periodEnd: `2021-${String((run % 12) + 1).padStart(2, '0')}-15`,
          periodName: `Körning ${run}`,
          plan: planId,
        })
        expect(created.status).toBe(201)
        const reportId = (created.json.doc as { id: number }).id
        const drafts = async () => {
          const found = await call(
            'GET',
            `/api/goal-assessments?depth=0&draft=true&limit=100&sort=createdAt&where[report][equals]=${reportId}`,
            'editor',
          )
          return found.json.docs as {
            analysis: null | string
            assessment?: null | string
            goal: number
            id: number
            suggested: string
          }[]
        }
        const assessments = await drafts()
        // Each assessed as its figures suggest: the gate lets the report through.
        for (const a of assessments)
          await call('PATCH', `/api/goal-assessments/${a.id}?draft=true`, 'editor', {
            assessment: a.suggested,
          })
        const goalOf = new Map(assessments.map((a) => [String(a.id), String(a.goal)]))
        const draftView = async (): Promise<NonNullable<PublicView>> => {
          const report = await call(
            'GET',
            `/api/follow-up-reports/${reportId}?draft=true`,
            'editor',
          )
          return {
            analyses: Object.fromEntries(
              (await drafts()).map((a) => [String(a.goal), a.analysis ?? null]),
            ),
            summary: (report.json.summary as null | string | undefined) ?? null,
          }
        }
        const publicViews = async (): Promise<PublicView[]> => {
          const byRest = async (query: string): Promise<PublicView> => {
            const found = await call(
              'GET',
              `/api/goal-assessments?depth=0&limit=100${query}&where[report][equals]=${reportId}`,
              null,
            )
            const report = await call(
              'GET',
              `/api/follow-up-reports/${reportId}${query ? '?draft=true' : ''}`,
              null,
            )
            const docs = found.json.docs as { analysis?: null | string; id: number }[]
            if (docs.length === 0 && report.status !== 200) return null
            return {
              analyses: Object.fromEntries(
                docs.map((d) => [goalOf.get(String(d.id)) ?? '?', d.analysis ?? null]),
              ),
              summary: (report.json.summary as null | string | undefined) ?? null,
            }
          }
          const gql = await graphql(
            null,
            'query($r: JSON, $id: Int) { GoalAssessments(where: { report: { equals: $r } }, limit: 100) { docs { id analysis } } FollowUpReports(where: { id: { equals: $id } }) { docs { summary } } }',
            { id: reportId, r: reportId },
          )
          expect(gql.json.errors).toBeUndefined()
          const data = gql.json.data as {
            FollowUpReports: { docs: { summary: null | string }[] }
            GoalAssessments: { docs: { analysis: null | string; id: number }[] }
          }
          const viaGraphQL: PublicView =
            data.FollowUpReports.docs.length === 0 && data.GoalAssessments.docs.length === 0
              ? null
              : {
                  analyses: Object.fromEntries(
                    data.GoalAssessments.docs.map((d) => [
                      goalOf.get(String(d.id)) ?? '?',
                      d.analysis ?? null,
                    ]),
                  ),
                  summary: data.FollowUpReports.docs[0]?.summary ?? null,
                }
          const page = await call('GET', `/api/public/plans/2021/follow-up/${reportId}`, null)
          const followUp = page.json as {
            focusAreas?: { goals: { analysis: null | string; goal: { id: string } }[] }[]
            report?: { summary: null | string }
          }
          const viaPage: PublicView =
            page.status === 404
              ? null
              : {
                  analyses: Object.fromEntries(
                    (followUp.focusAreas ?? []).flatMap((area) =>
                      area.goals.map((g) => [g.goal.id, g.analysis]),
                    ),
                  ),
                  summary: followUp.report?.summary ?? null,
                }
          return [await byRest(''), await byRest('&draft=true'), viaGraphQL, viaPage]
        }

        let expected: PublicView = null
        let sent: PublicView = null
        let inReview = false
        try {
          for (const s of steps) {
            const target = assessments[('at' in s ? s.at : 0) % assessments.length]
            if (s.action === 'submit') {
              const before = await draftView()
              const res = await call(
                'POST',
                `/api/follow-up-reports/${reportId}/workflow`,
                'editor',
                {
                  action: 'submit',
                },
              )
              // Sending again while in review pins the same drafts again (nothing could change them).
              expect([s, res.status]).toEqual([s, 200])
              ;[sent, inReview] = [before, true]
            } else if (s.action === 'approve' || s.action === 'return') {
              // The quality gate stops an approval while a goal has no assessment (a restored
              // early version may have none).
              const complete = (await drafts()).every((a) => Boolean(a.assessment))
              const res = await call(
                'POST',
                `/api/follow-up-reports/${reportId}/workflow`,
                'reviewer',
                {
                  action: s.action,
                  ...(s.action === 'return' ? { comment: 'Komplettera.' } : {}),
                },
              )
              expect([s, res.status < 300]).toEqual([
                s,
                inReview && (s.action === 'return' || complete),
              ])
              if (res.status < 300) {
                inReview = false
                if (s.action === 'approve') expected = sent
              }
            } else if (s.action === 'duplicate') {
              const res = await call(
                'POST',
                `/api/goal-assessments/${target.id}/duplicate`,
                'editor',
                {},
              )
              expect([s, res.status >= 400]).toEqual([s, true])
            } else if (s.action === 'edit') {
              const data = { analysis: s.text }
              const res =
                s.route === 'rest-draft'
                  ? await call(
                      'PATCH',
                      `/api/goal-assessments/${target.id}?draft=true`,
                      'editor',
                      data,
                    )
                  : s.route === 'rest-plain'
                    ? await call('PATCH', `/api/goal-assessments/${target.id}`, 'editor', data)
                    : s.route === 'rest-publish'
                      ? await call('PATCH', `/api/goal-assessments/${target.id}`, 'editor', {
                          ...data,
                          _status: 'published',
                        })
                      : s.route === 'bulk'
                        ? await call(
                            'PATCH',
                            `/api/goal-assessments?where[id][equals]=${target.id}`,
                            'editor',
                            data,
                          )
                        : await graphql(
                            'editor',
                            `mutation($id: Int!, $a: String) { updateGoalAssessment(id: $id, data: { analysis: $a }${s.route === 'graphql-draft' ? ', draft: true' : ''}) { id } }`,
                            { a: s.text, id: target.id },
                          )
              const after = (await drafts()).find((a) => a.id === target.id)?.analysis
              // Outside review every route saves the text (as a draft); in review none does.
              if (!inReview) expect([s, after]).toEqual([s, s.text])
              else expect([s, after === s.text && res.status < 300]).toEqual([s, false])
            } else if (s.action === 'editReport') {
              const data = { summary: s.text }
              if (s.route === 'graphql-plain')
                await graphql(
                  'editor',
                  'mutation($id: Int!, $s: String) { updateFollowUpReport(id: $id, data: { summary: $s }) { id } }',
                  { id: reportId, s: s.text },
                )
              else
                await call(
                  'PATCH',
                  `/api/follow-up-reports/${reportId}${s.route === 'rest-draft' ? '?draft=true' : ''}`,
                  'editor',
                  s.route === 'rest-publish' ? { ...data, _status: 'published' } : data,
                )
              // A change to the report while it is in review takes it out of review (its pin goes).
              const state = await call(
                'GET',
                `/api/follow-up-reports/${reportId}?draft=true`,
                'editor',
              )
              if (inReview && state.json.reviewState !== 'in_review')
                [sent, inReview] = [null, false]
            } else {
              const versions = await call(
                'GET',
                `/api/goal-assessments/versions?depth=0&limit=2&sort=-updatedAt&where[parent][equals]=${target.id}`,
                'editor',
              )
              const previous = (versions.json.docs as { id: string }[])[1]
              if (previous)
                await call(
                  'POST',
                  `/api/goal-assessments/versions/${previous.id}${s.asDraft ? '?draft=true' : ''}`,
                  'editor',
                )
            }
            const views = await publicViews()
            expect([s, views]).toEqual([s, [expected, expected, expected, expected]])
          }
        } finally {
          if (inReview)
            await call('POST', `/api/follow-up-reports/${reportId}/workflow`, 'reviewer', {
              action: 'return',
              comment: 'Slut på körningen.',
            })
          const removed = await call('DELETE', `/api/follow-up-reports/${reportId}`, 'admin')
          expect(removed.status).toBe(200)
        }
      }),
      { numRuns: SEQUENCES, seed: SEED, verbose: 1 },
    )
  }, 1_200_000)
})
