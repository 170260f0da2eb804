import { adminAuthorization, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

// Strangers' input to the routes of issues 13–16: wrong types, huge, empty, unicode. Only clear 4xx.
describe('hostile input to the indicator, edition, budget, quality and workflow routes', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string
  let planId: number
  let goalId: number

  const send = (
    method: string,
    path: string,
    body?: BodyInit,
    headers: Record<string, string> = {},
  ) => fetch(`${server.url}${path}`, { body, headers: { authorization: auth, ...headers }, method })
  const json = (method: string, path: string, body: unknown) =>
    send(method, path, typeof body === 'string' ? body : JSON.stringify(body), {
      'content-type': 'application/json',
    })
  const expectClear4xx = async (res: Response) => {
    const text = await res.text()
    const body = JSON.parse(text) as { errors?: { message?: string }[] }
    const clear =
      res.status >= 400 && res.status < 500 && (body.errors?.[0]?.message?.length ?? 0) > 5
    if (!clear) throw new Error(`not a clear 4xx: ${res.status} ${res.url} ${text.slice(0, 200)}`)
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_new_routes_hostile', { JOBS_AUTORUN: 'false' })
    server = seeded.server
    auth = await adminAuthorization(server.url)
    planId = (
      (await (await send('GET', '/api/budget-plans?depth=0')).json()) as { docs: { id: number }[] }
    ).docs[0].id
    goalId = (
      (await (await send('GET', '/api/goals?depth=0&limit=1')).json()) as { docs: { id: number }[] }
    ).docs[0].id
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  it('should answer bad workflow and edition requests with a 4xx that says why', async () => {
    for (const body of [
      '{',
      '[]',
      { action: 'publish' },
      { action: 'submit', comment: 'x'.repeat(2001) },
      { action: 'approve', publishAt: 'i morgon' },
      { action: 'submit', extra: true },
      { action: 'submit', publishAt: '2030-01-01T08:00:00+01:00' },
      { action: 'approve', publishAt: '2001-01-01T08:00:00+01:00' },
      { action: 'return', comment: '   ' },
    ]) {
      await expectClear4xx(await json('POST', `/api/goals/${goalId}/workflow`, body))
    }
    await expectClear4xx(await json('POST', '/api/goals/999999999/workflow', { action: 'submit' }))
    await expectClear4xx(
      await json('POST', '/api/goals/%F0%9F%92%A5/workflow', { action: 'submit' }),
    )
    for (const body of [
      { date: '2021-02-30', diarienummer: 'KS 1', paragraph: '§ 1' },
      { date: '2021-03-10', diarienummer: '', paragraph: '§ 1' },
      { date: '2021-03-10', diarienummer: 'x'.repeat(61), paragraph: '§ 1' },
      { date: ['2021-03-10'], diarienummer: 'KS', paragraph: '§ 1' },
    ]) {
      await expectClear4xx(await json('POST', `/api/budget-plans/${planId}/decide`, body))
    }
    await expectClear4xx(
      await json('POST', `/api/budget-plans/${planId}/next-year`, { savingsMeasures: 'alla' }),
    )
    await expectClear4xx(await json('POST', '/api/budget-plans/abc/next-year', {}))
  })

  it('should answer hostile workflow mutations by GraphQL with an error, never a 500', async () => {
    for (const args of [
      `collection: goals, id: "${'9'.repeat(400)}", action: submit`,
      'collection: goals, id: "💥", action: submit',
      'collection: users, id: "1", action: submit',
      `collection: goals, id: "${goalId}", action: publish`,
      `collection: goals, id: "${goalId}", action: approve, publishAt: "i morgon"`,
      `collection: goals, id: "${goalId}", action: return, comment: "${'x'.repeat(3000)}"`,
    ]) {
      const res = await json('POST', '/api/graphql', {
        query: `mutation { reviewWorkflow(${args}) { reviewState } }`,
      })
      expect(res.status).toBeLessThan(500)
      const body = (await res.json()) as {
        data?: { reviewWorkflow: unknown }
        errors?: { extensions?: { statusCode?: number }; message: string }[]
      }
      expect(body.errors?.[0].message.length).toBeGreaterThan(5)
      expect(body.errors?.[0].extensions?.statusCode ?? 400).toBeLessThan(500)
      expect(body.data?.reviewWorkflow ?? null).toBeNull()
    }
  })

  it('should answer bad public reads, imports and uploads with a 4xx', async () => {
    for (const path of [
      '/api/public/plans/2021/changes',
      '/api/public/plans/2021/changes?since=%00',
      '/api/public/plans/2021/decided',
      '/api/public/plans/2021/datapackage.json',
      '/api/public/plans/99999/changes?since=2021',
      '/api/public/plans/2021/open-data.csv?table=%C3%A5%C3%A4%C3%B6',
    ]) {
      const res = await fetch(`${server.url}${path}`)
      await expectClear4xx(res)
    }
    await expectClear4xx(await json('POST', '/api/goals/abc/import-indicators', {}))
    // Budget uploads: no file, an empty file, a file of nothing but a header, a binary blob, JSON.
    const upload = (name: string, bytes: Uint8Array) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)]), name)
      return send('POST', `/api/budget-plans/${planId}/budget-import`, form)
    }
    await expectClear4xx(
      await send('POST', `/api/budget-plans/${planId}/budget-import`, new FormData()),
    )
    await expectClear4xx(await upload('tom.csv', new Uint8Array()))
    await expectClear4xx(
      await upload('rubrik.csv', new TextEncoder().encode('nämnd;typ;belopp_tkr\r\n')),
    )
    await expectClear4xx(
      await upload('brus.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])),
    )
    await expectClear4xx(
      await upload(
        'emoji.csv',
        new TextEncoder().encode('nämnd;typ;belopp_tkr\r\n💥;drift;1e400\r\n'),
      ),
    )
    await expectClear4xx(
      await json('POST', `/api/budget-plans/${planId}/budget-import`, { file: 'x' }),
    )
    // Nothing of it was stored.
    const plan = (await (
      await send('GET', `/api/budget-plans/${planId}?draft=true&depth=0`)
    ).json()) as { budgetLines: unknown[] }
    expect(plan.budgetLines).toEqual([])
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
