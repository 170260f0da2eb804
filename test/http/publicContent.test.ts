import type { BudgetPlan, Initiative, SavingsMeasure, SiteSetting } from '../../host/payload-types'

import { pageLines } from '../helpers/pageText'
import { referenceLines } from '../helpers/reference'
import { seedDatabase } from '../helpers/seedDatabase'
import { type RunningServer, startServer } from '../helpers/server'
import { freshDatabaseUrl } from '../helpers/testPayload'

const ADMIN = { email: 'admin@hedemora.se', password: 'http-test-lösenord-1' }

describe('published content over REST and GraphQL (anonymous reader)', () => {
  let server: RunningServer
  let database: ReturnType<typeof freshDatabaseUrl>
  let token: string

  const get = async <T>(route: string, headers: Record<string, string> = {}): Promise<T> => {
    const res = await fetch(`${server.url}${route}`, { headers })
    expect(res.status).toBe(200)
    return (await res.json()) as T
  }
  const graphql = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    })
    return (await res.json()) as {
      data: Record<string, { docs: Record<string, unknown>[] }>
      errors?: unknown[]
    }
  }

  beforeAll(async () => {
    database = freshDatabaseUrl('http_content')
    const env = {
      DATABASE_URL: database.url,
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      UPLOAD_DIR: database.uploadDir,
    }
    const seedOutput = await seedDatabase(env)
    expect(seedOutput).toContain('Seed: 31 created')
    server = await startServer(env)
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify(ADMIN),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    token = ((await login.json()) as { token: string }).token
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await database?.cleanup()
  })

  it('should give the reference page word for word through REST', async () => {
    const plans = await get<{ docs: BudgetPlan[] }>(
      '/api/budget-plans?where[year][equals]=2021&depth=1',
    )
    const plan = plans.docs[0]
    const q = `where[plan][equals]=${plan.id}&sort=order&limit=0`
    const initiatives = await get<{ docs: Initiative[] }>(`/api/initiatives?${q}`)
    const savings = await get<{ docs: SavingsMeasure[] }>(`/api/savings-measures?${q}`)
    const settings = await get<SiteSetting>('/api/globals/site-settings')
    expect(pageLines(plan, initiatives.docs, savings.docs, settings)).toEqual(referenceLines())
  })

  it('should give the same initiatives, focus areas and savings through GraphQL', async () => {
    const result = await graphql(`
      {
        BudgetPlans(where: { year: { equals: 2021 } }) {
          docs {
            title
            subtitle
            focusAreas {
              title
            }
            heroImage {
              alt
            }
          }
        }
        Initiatives(sort: "order", limit: 0) {
          docs {
            title
          }
        }
        SavingsMeasures(sort: "order") {
          docs {
            title
            category
          }
        }
      }
    `)
    expect(result.errors).toBeUndefined()
    const plan = result.data.BudgetPlans.docs[0]
    expect(plan).toMatchObject({
      subtitle: 'Mål och budget - kortversion',
      title: 'Mål för kommunen 2021',
    })
    expect((plan.focusAreas as { title: string }[]).map((f) => f.title)).toEqual([
      'Jämlik hälsa',
      'Miljö',
      'Inkludering',
      'Jämställdhet',
    ])
    const lines = referenceLines()
    expect(result.data.Initiatives.docs.map((d) => d.title)).toEqual(lines.slice(13, 27))
    expect(result.data.SavingsMeasures.docs.map((d) => d.title)).toEqual(lines.slice(31, 36))
  })

  it('should keep a draft out of every anonymous REST and GraphQL answer, nested ones included', async () => {
    const auth = { Authorization: `JWT ${token}` }
    const plans = await get<{ docs: BudgetPlan[] }>(
      '/api/budget-plans?where[year][equals]=2021&depth=0',
      auth,
    )
    const created = await fetch(`${server.url}/api/initiatives?draft=true`, {
      body: JSON.stringify({
        plan: plans.docs[0].id,
        status: 'planned',
        title: 'Utkast som inte får synas',
      }),
      headers: { ...auth, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const staffView = await get<{ totalDocs: number }>('/api/initiatives?limit=0&draft=true', auth)
    expect(staffView.totalDocs).toBe(15)

    for (const route of [
      '/api/initiatives?limit=0',
      '/api/initiatives?limit=0&draft=true',
      '/api/budget-plans?depth=2',
      '/api/budget-plans?depth=2&draft=true',
      '/api/goals?depth=2',
    ]) {
      const res = await fetch(`${server.url}${route}`)
      expect(res.status).toBe(200)
      expect(await res.text()).not.toContain('Utkast som inte får synas')
    }
    const result = await graphql(`
      {
        Initiatives(limit: 0, draft: true) {
          totalDocs
          docs {
            title
          }
        }
        BudgetPlans(draft: true) {
          docs {
            initiatives {
              docs {
                title
              }
            }
          }
        }
      }
    `)
    expect(JSON.stringify(result)).not.toContain('Utkast som inte får synas')
    expect(result.data.Initiatives).toMatchObject({ totalDocs: 14 })
  })

  it('should carry "Sida uppdaterad" and the notice in force in REST and GraphQL reads', async () => {
    const plans = await get<{ docs: BudgetPlan[] }>('/api/budget-plans?where[year][equals]=2021')
    expect(plans.docs[0]).toMatchObject({
      dataProtectionNotice: { phone: '0225-34 000', version: 1 },
      pageUpdatedText: 'Sida uppdaterad 2021-03-10',
    })
    expect(plans.docs[0].pageUpdatedAt).toMatch(/^2021-03-10T/)
    const english = await get<{ docs: BudgetPlan[] }>(
      '/api/budget-plans?where[year][equals]=2021&locale=en',
    )
    expect(english.docs[0]).toMatchObject({
      pageUpdatedText: 'Page updated 2021-03-10',
      title: 'Mål för kommunen 2021',
    })

    const result = await graphql(`
      {
        BudgetPlans {
          docs {
            pageUpdatedAt
            pageUpdatedText
            dataProtectionNotice {
              text
              version
              phone
              pageUrl
            }
          }
        }
      }
    `)
    expect(result.errors).toBeUndefined()
    expect(result.data.BudgetPlans.docs[0]).toMatchObject({
      dataProtectionNotice: {
        pageUrl: 'https://www.hedemora.se/dataskydd',
        phone: '0225-34 000',
        version: 1,
      },
      pageUpdatedText: 'Sida uppdaterad 2021-03-10',
    })

    const bump = await fetch(`${server.url}/api/globals/site-settings`, {
      body: JSON.stringify({
        dataProtectionNotice: {
          root: {
            children: [
              {
                children: [{ text: 'Uppdaterad dataskyddsinformation.', type: 'text', version: 1 }],
                type: 'paragraph',
                version: 1,
              },
            ],
            direction: 'ltr',
            format: '',
            indent: 0,
            type: 'root',
            version: 1,
          },
        },
      }),
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(bump.status).toBe(200)
    const after = await get<{ docs: BudgetPlan[] }>('/api/budget-plans?where[year][equals]=2021')
    expect(after.docs[0].dataProtectionNotice).toMatchObject({
      text: 'Uppdaterad dataskyddsinformation.',
      version: 2,
    })
  })

  it('should keep users and feedback from anonymous readers', async () => {
    for (const route of ['/api/users', '/api/feedback']) {
      const res = await fetch(`${server.url}${route}`)
      expect(res.status).toBe(403)
    }
    const result = await graphql('{ Feedbacks { docs { email } } }')
    expect(result.errors).toBeDefined()
    expect(JSON.stringify(result)).not.toContain('@')
  })
})
