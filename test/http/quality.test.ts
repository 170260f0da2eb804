import { adminAuthorization, publishReviewed, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

describe('the quality gate over HTTP (production server)', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string

  beforeAll(async () => {
    seeded = await startSeededServer('http_quality', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should report a goal’s quality to staff only, and refuse a bad publish with a Swedish message on the field', async () => {
    const goals = (await (
      await fetch(`${server.url}/api/goals?depth=0&limit=1`, { headers: { authorization: auth } })
    ).json()) as {
      docs: { id: number }[]
    }
    const id = goals.docs[0].id
    expect((await fetch(`${server.url}/api/goals/${id}/quality`)).status).toBe(401)
    const report = (await (
      await fetch(`${server.url}/api/goals/${id}/quality`, { headers: { authorization: auth } })
    ).json()) as {
      lix: { label: string; lix: number }[]
      problems: unknown[]
    }
    expect(report.problems).toEqual([])
    expect(report.lix[0]).toMatchObject({ label: 'Varför målet valts', lix: expect.any(Number) })

    const plans = (await (
      await fetch(`${server.url}/api/budget-plans?depth=0`, { headers: { authorization: auth } })
    ).json()) as {
      docs: { id: number }[]
    }
    // Through review, as any publish: the approval is refused with the gate's words.
    const res = await publishReviewed(server.url, 'budget-plans', plans.docs[0].id, {
      economySection: { body: null, heading: 'Ekonomi' },
    })
    expect(res.status).toBe(400)
    const { errors } = (await res.json()) as { errors: { message: string }[] }
    // In words a person can act on, naming the field.
    expect(errors[0].message).toContain('Publiceringen stoppades av kvalitetskontrollen')
    expect(errors[0].message).toContain(
      'Avsnittet "Ekonomi" har en rubrik men ingen text. [economySection.body]',
    )
    const page = await (await fetch(`${server.url}/api/public/plans/2021`)).json()
    expect((page as { economy: { heading: string } }).economy.heading).toBe(
      'Ekonomi och kommunalskatt:',
    )
  })
})
