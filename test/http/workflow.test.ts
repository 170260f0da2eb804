import { adminAuthorization, startSeededServer } from '../helpers/seededServer'
import { type RunningServer } from '../helpers/server'
import { type SmtpSink, startSmtpSink } from '../helpers/smtpSink'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

const PASSWORD = 'granskning-lösenord-123'

describe('four-eyes publishing over HTTP (production server)', () => {
  let smtp: SmtpSink
  let seeded: Seeded
  let server: RunningServer
  let admin: string
  let editor: string
  let reviewer: string
  let goalId: number

  const call = async (method: string, path: string, auth: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: auth, 'content-type': 'application/json' },
      method,
    })
  const account = async (email: string, role: string): Promise<string> => {
    const made = await call('POST', '/api/users', admin, {
      email,
      password: PASSWORD,
      roles: [role],
    })
    expect(made.status).toBe(201)
    const res = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email, password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    return `JWT ${((await res.json()) as { token: string }).token}`
  }
  const workflow = (auth: string, body: unknown) =>
    call('POST', `/api/goals/${goalId}/workflow`, auth, body)
  const waitForMail = async (count: number) => {
    for (let i = 0; i < 60 && smtp.messages.length < count; i++)
      await new Promise((r) => setTimeout(r, 50))
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    seeded = await startSeededServer('http_workflow', {
      JOBS_AUTORUN: 'false',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    })
    server = seeded.server
    admin = await adminAuthorization(server.url)
    editor = await account('redaktor@hedemora.se', 'editor')
    reviewer = await account('granskare@hedemora.se', 'reviewer')
    const goals = (await (await call('GET', '/api/goals?depth=0&limit=1', admin)).json()) as {
      docs: { id: number }[]
    }
    goalId = goals.docs[0].id
    // No setting is touched: review before publishing is on from the start.
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
    await smtp?.close()
  })

  it('should refuse an editor’s publish by REST and GraphQL, with a message saying what to do', async () => {
    const rest = await call('PATCH', `/api/goals/${goalId}`, editor, {
      _status: 'published',
      title: 'Redaktörens rubrik',
    })
    expect(rest.status).toBe(403)
    expect(((await rest.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
      'Skicka för granskning',
    )
    const gql = await call('POST', '/api/graphql', editor, {
      query: `mutation { updateGoal(id: ${goalId}, data: { title: "Via GraphQL", _status: published }) { title } }`,
    })
    expect(JSON.stringify(await gql.json())).toContain('publiceras när en granskare godkänner det')
    const draft = await call('PATCH', `/api/goals/${goalId}?draft=true`, editor, {
      title: 'Redaktörens rubrik',
    })
    expect(draft.status).toBe(200)
    const page = (await (await fetch(`${server.url}/api/public/plans/2021`)).json()) as {
      goals: { title: string }[]
    }
    expect(page.goals.map((g) => g.title)).not.toContain('Redaktörens rubrik')
  })

  it('should move through submit, return with a comment, resubmit and approve — each by the right role, each e-mailed', async () => {
    expect((await workflow(editor, { action: 'approve' })).status).toBe(403)
    expect((await workflow(reviewer, { action: 'return', comment: 'x' })).status).toBe(409)
    const submitted = await workflow(editor, { action: 'submit', comment: 'Klar för granskning' })
    expect(submitted.status).toBe(200)
    expect(await submitted.json()).toMatchObject({ doc: { reviewState: 'in_review' } })
    expect((await workflow(reviewer, { action: 'return' })).status).toBe(400)
    const returned = await workflow(reviewer, {
      action: 'return',
      comment: 'Rubriken behöver kortas.',
    })
    expect(await returned.json()).toMatchObject({ doc: { reviewState: 'returned' } })
    await workflow(editor, { action: 'submit' })
    const approved = await workflow(reviewer, { action: 'approve' })
    expect(await approved.json()).toMatchObject({
      doc: { reviewState: 'approved' },
      published: true,
    })

    let titles: string[] = []
    for (let i = 0; i < 30 && !titles.includes('Redaktörens rubrik'); i++) {
      const page = (await (await fetch(`${server.url}/api/public/plans/2021`)).json()) as {
        goals: { title: string }[]
      }
      titles = page.goals.map((g) => g.title)
      if (!titles.includes('Redaktörens rubrik')) await new Promise((r) => setTimeout(r, 100))
    }
    expect(titles).toContain('Redaktörens rubrik')

    const goal = (await (await call('GET', `/api/goals/${goalId}?depth=0`, admin)).json()) as {
      reviewLog: { comment: null | string; from: string; to: string }[]
    }
    expect(goal.reviewLog.map((e) => [e.from, e.to])).toEqual([
      ['draft', 'in_review'],
      ['in_review', 'returned'],
      ['returned', 'in_review'],
      ['in_review', 'approved'],
    ])
    expect(goal.reviewLog[1].comment).toBe('Rubriken behöver kortas.')
    await waitForMail(4)
    expect(smtp.messages).toHaveLength(4)
    expect(smtp.messages[1].text).toContain('Kommentar: Rubriken behöver kortas.')
    const recipients =
      smtp.messages[1].to && 'text' in smtp.messages[1].to ? smtp.messages[1].to.text : ''
    expect(recipients).toContain('redaktor@hedemora.se')
    // A submission is for the reviewers to act on: they are told, the sender is not.
    const toOf = (i: number) =>
      smtp.messages[i].to && 'text' in smtp.messages[i].to ? smtp.messages[i].to.text : ''
    for (const submission of [0, 2]) {
      expect(toOf(submission)).toContain('granskare@hedemora.se')
      expect(toOf(submission)).not.toContain('redaktor@hedemora.se')
    }
  })

  it('should take the steps by GraphQL with the same rules, refusals carrying the status', async () => {
    const step = async (auth: string, args: string) => {
      const res = await call('POST', '/api/graphql', auth, {
        query: `mutation { reviewWorkflow(collection: goals, id: "${goalId}", ${args}) { id reviewState published scheduledAt } }`,
      })
      return (await res.json()) as {
        data?: { reviewWorkflow: null | { published: boolean; reviewState: string } }
        errors?: { extensions: { statusCode: number }; message: string }[]
      }
    }
    await call('PATCH', `/api/goals/${goalId}?draft=true`, editor, { title: 'Rubrik via GraphQL' })
    expect((await step(editor, 'action: approve')).errors?.[0].extensions.statusCode).toBe(403)
    expect((await step(reviewer, 'action: approve')).errors?.[0].extensions.statusCode).toBe(409)
    expect((await step('', 'action: submit')).errors?.[0].extensions.statusCode).toBe(401)
    expect((await step(editor, 'action: submit')).data?.reviewWorkflow).toMatchObject({
      reviewState: 'in_review',
    })
    const noComment = await step(reviewer, 'action: return')
    expect(noComment.errors?.[0]).toMatchObject({ extensions: { statusCode: 400 } })
    expect(noComment.errors?.[0].message).toContain('Skriv en kommentar')
    expect(
      (await step(reviewer, 'action: return, comment: "Lägg till källa."')).data?.reviewWorkflow,
    ).toMatchObject({ reviewState: 'returned' })
    await step(editor, 'action: submit')
    expect((await step(reviewer, 'action: approve')).data?.reviewWorkflow).toMatchObject({
      published: true,
      reviewState: 'approved',
    })
    const read = (await (await call('GET', `/api/goals/${goalId}?depth=0`, '')).json()) as {
      title: string
    }
    expect(read.title).toBe('Rubrik via GraphQL')
  })

  it('should let a reviewer approve for a later time, and editors publish as today when the workflow is off', async () => {
    await call('PATCH', `/api/goals/${goalId}?draft=true`, editor, { title: 'Senare rubrik' })
    await workflow(editor, { action: 'submit' })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const scheduled = await workflow(reviewer, { action: 'approve', publishAt: later })
    expect(await scheduled.json()).toMatchObject({ published: false, scheduledAt: later })
    const jobs = (await (
      await call('GET', '/api/payload-jobs?where[taskSlug][equals]=publishApproved&depth=0', admin)
    ).json()) as {
      docs: {
        input: { versions: { collection: string; hash: string; id: number }[] }
        waitUntil: string
      }[]
      totalDocs: number
    }
    expect(jobs.totalDocs).toBe(1)
    // The approved version itself is queued (by its content hash), never "the latest".
    expect(jobs.docs[0].input.versions).toEqual([
      expect.objectContaining({
        collection: 'goals',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        id: goalId,
      }),
    ])
    expect(new Date(jobs.docs[0].waitUntil).toISOString()).toBe(later)

    expect(
      (await call('POST', '/api/globals/site-settings', admin, { reviewWorkflow: false })).status,
    ).toBe(200)
    const direct = await call('PATCH', `/api/goals/${goalId}`, editor, {
      _status: 'published',
      title: 'Direkt publicerad',
    })
    expect(direct.status).toBe(200)
  })
})
