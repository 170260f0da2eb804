import type { PublicPage } from '../../src/shape/publicPageShape'
import type { RunningServer } from '../helpers/server'

import { referenceLines } from '../helpers/reference'
import { adminAuthorization, publishReviewed, startSeededServer } from '../helpers/seededServer'

type Seeded = Awaited<ReturnType<typeof startSeededServer>>

describe('public read API', () => {
  let seeded: Seeded
  let server: RunningServer
  let auth: string

  const page = async (route = '/api/public/plans/2021', headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${route}`, { headers })
    return { body: res.status === 200 ? ((await res.json()) as PublicPage) : undefined, res }
  }
  const graphql = async (query: string) => {
    const res = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    return {
      json: (await res.json()) as {
        data?: Record<string, unknown>
        errors?: { message: string }[]
      },
      res,
    }
  }

  beforeAll(async () => {
    seeded = await startSeededServer('http_public_api', {
      PUBLIC_SITE_ORIGINS: 'https://www.hedemora.se',
    })
    server = seeded.server
    auth = await adminAuthorization(server.url)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await seeded?.database.cleanup()
  })

  describe('GET /api/public/plans/:year', () => {
    it('should return the whole page in one request, in display order', async () => {
      const { body, res } = await page()
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      const lines = referenceLines()
      expect(body).toMatchObject({ subtitle: lines[1], title: lines[0], year: 2021 })
      expect(body?.initiatives.map((i) => i.title)).toEqual(lines.slice(13, 27))
      expect(body?.savingsMeasures.map((s) => s.title)).toEqual(lines.slice(31, 36))
      expect(body?.focusAreas.map((a) => a.title)).toEqual([
        'Jämlik hälsa',
        'Miljö',
        'Inkludering',
        'Jämställdhet',
      ])
      expect(body?.dataProtectionNotice).toMatchObject({ phone: '0225-34 000', version: 1 })
      expect(body?.feedbackForm).toMatchObject({
        emailLabel: 'Din e-postadress:',
        nameLabel: 'Ditt namn:',
      })
      expect(body?.pageUpdatedText).toBe('Sida uppdaterad 2021-03-10')
      const image = await fetch(
        `${server.url}${new URL(body?.heroImage?.url ?? '', server.url).pathname}`,
      )
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/jpeg')
    })

    it('should give the same page by slug', async () => {
      const byYear = await page()
      const bySlug = await page('/api/public/plans/by-slug/mal-for-kommunen-2021')
      expect(bySlug.res.status).toBe(200)
      expect(bySlug.body).toEqual(byYear.body)
    })

    it('should answer 404 for an unknown year and 400 for a malformed year, slug or locale', async () => {
      const unknown = await page('/api/public/plans/2030')
      expect(unknown.res.status).toBe(404)
      expect(await unknown.res.json()).toEqual({
        errors: [
          {
            message: expect.stringMatching(
              /ingen publicerad Mål och budget för år 2030 \/ No published/,
            ),
            status: 404,
          },
        ],
      })
      for (const route of [
        '/api/public/plans/abc',
        '/api/public/plans/20211',
        '/api/public/plans/1999',
        '/api/public/plans/by-slug/Inte%20OK',
      ]) {
        const { res } = await page(route)
        expect(res.status).toBe(400)
        expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
          / \/ /,
        )
      }
      expect((await page('/api/public/plans/2021?locale=de')).res.status).toBe(400)
    })

    it('should speak English when asked, falling back to Swedish texts', async () => {
      const byQuery = await page('/api/public/plans/2021?locale=en')
      expect(byQuery.body).toMatchObject({
        locale: 'en',
        pageUpdatedText: 'Page updated 2021-03-10',
        title: 'Mål för kommunen 2021',
      })
      expect(byQuery.res.headers.get('vary') ?? '').not.toMatch(/Accept-Language/)
      const byHeader = await page('/api/public/plans/2021', {
        'accept-language': 'en-GB,en;q=0.9,sv;q=0.5',
      })
      expect(byHeader.body?.locale).toBe('en')
      expect(byHeader.res.headers.get('vary')).toMatch(/Accept-Language/)
      expect(byHeader.res.headers.get('content-language')).toBe('en')
    })

    it('should be CDN-ready: strong ETag, 304, Cache-Control, Last-Modified, Vary', async () => {
      const { res } = await page()
      const etag = res.headers.get('etag') ?? ''
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(res.headers.get('cache-control')).toBe(
        'public, max-age=60, stale-while-revalidate=300',
      )
      expect(res.headers.get('last-modified')).toBe('Wed, 10 Mar 2021 11:00:00 GMT')
      expect(res.headers.get('vary')).toMatch(/Origin/)
      const again = await fetch(`${server.url}/api/public/plans/2021`, {
        headers: { 'if-none-match': etag },
      })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      const other = await fetch(`${server.url}/api/public/plans/2021`, {
        headers: { 'if-none-match': '"something-else"' },
      })
      expect(other.status).toBe(200)
    })

    it('should allow the configured origins to read, with read-only methods', async () => {
      const allowed = await page('/api/public/plans/2021', { origin: 'https://www.hedemora.se' })
      expect(allowed.res.headers.get('access-control-allow-origin')).toBe('https://www.hedemora.se')
      const other = await page('/api/public/plans/2021', { origin: 'https://evil.example' })
      expect(other.res.headers.get('access-control-allow-origin')).toBeNull()
      const preflight = await fetch(`${server.url}/api/public/plans/2021`, {
        headers: { 'access-control-request-method': 'GET', origin: 'https://www.hedemora.se' },
        method: 'OPTIONS',
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS')
      const post = await fetch(`${server.url}/api/public/plans/2021`, { method: 'POST' })
      expect(post.status).toBe(405)
      expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    })

    it('should keep a draft out of the public page and show it only to staff, never cached', async () => {
      const before = await page()
      const initiative = before.body?.initiatives[0]
      const saved = await fetch(`${server.url}/api/initiatives/${initiative?.id}?draft=true`, {
        body: JSON.stringify({ title: 'Utkast till ny rubrik' }),
        headers: { authorization: auth, 'content-type': 'application/json' },
        method: 'PATCH',
      })
      expect(saved.status).toBe(200)
      const after = await page()
      expect(after.body?.initiatives[0].title).toBe(initiative?.title)
      expect(after.res.headers.get('etag')).toBe(before.res.headers.get('etag'))

      const preview = await page('/api/public/plans/2021?draft=true', { authorization: auth })
      expect(preview.body?.initiatives[0].title).toBe('Utkast till ny rubrik')
      expect(preview.res.headers.get('cache-control')).toBe('private, no-store')
      const anonymousPreview = await page('/api/public/plans/2021?draft=true')
      expect(anonymousPreview.body?.initiatives[0].title).toBe(initiative?.title)
      expect(anonymousPreview.res.headers.get('cache-control')).toMatch(/^public/)

      const published = await publishReviewed(server.url, 'initiatives', initiative?.id ?? -1, {
        title: 'Publicerad ny rubrik',
      })
      expect(published.status).toBe(200)
      const now = await page()
      expect(now.body?.initiatives[0].title).toBe('Publicerad ny rubrik')
      expect(now.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'))
      expect(now.body?.pageUpdatedText).not.toBe('Sida uppdaterad 2021-03-10')
    })
  })

  describe('open data', () => {
    it('should give goals with indicators, initiatives and savings as flat JSON tables with a licence', async () => {
      const res = await fetch(`${server.url}/api/public/plans/2021/open-data.json`)
      expect(res.status).toBe(200)
      const body = (await res.json()) as {
        licence: { name: string }
        tables: Record<string, { columns: string[]; rows: unknown[][] }>
      }
      expect(body.licence.name).toBe('CC0 1.0')
      expect(body.tables.goals.rows).toHaveLength(4)
      expect(body.tables.goals.columns).toContain('kpi_id')
      expect(body.tables.initiatives.rows).toHaveLength(14)
      expect(body.tables['savings-measures'].rows).toHaveLength(5)
    })

    it('should give CSV that Swedish Excel opens: BOM, semicolons, one table at a time', async () => {
      const res = await fetch(`${server.url}/api/public/plans/2021/open-data.csv?table=initiatives`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('link')).toBe(
        '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"',
      )
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
      expect(lines[0].split(';').slice(0, 4)).toEqual([
        'plan_year',
        'initiative_id',
        'title',
        'status',
      ])
      expect(lines).toHaveLength(15)
      expect(lines.some((l) => l.includes('Gussarvsgården | Långshyttan'))).toBe(true)
      expect(
        (await fetch(`${server.url}/api/public/plans/2021/open-data.csv?table=secrets`)).status,
      ).toBe(400)
    })
  })

  describe('GraphQL PublicPlan', () => {
    it('should return the same page with real types', async () => {
      const { json } = await graphql(`
        {
          PublicPlan(year: 2021) {
            title
            subtitle
            year
            pageUpdatedText
            focusAreas {
              title
              goals {
                title
                status
                indicators {
                  name
                  kpiId
                  latest {
                    value
                    year
                  }
                }
              }
            }
            initiatives {
              title
              status
              progress
              places {
                name
              }
              goals {
                title
              }
            }
            savingsMeasures {
              title
              category
            }
            heroImage {
              url
              width
              height
              alt
            }
            dataProtectionNotice {
              text
              version
              phone
            }
            feedbackForm {
              nameLabel
              emailLabel
              messageLabel
            }
            __typename
            year
            tax {
              __typename
              unchanged
            }
            progress {
              __typename
              percent
              counts {
                planned
              }
            }
          }
        }
      `)
      expect(json.errors).toBeUndefined()
      const plan = json.data?.PublicPlan as PublicPage
      const rest = (await page()).body
      expect(plan.title).toBe(rest?.title)
      expect(plan.initiatives.map((i) => i.title)).toEqual(rest?.initiatives.map((i) => i.title))
      expect(plan.focusAreas[0].goals[0].indicators[0]).toMatchObject({
        kpiId: 'N15419',
        latest: { value: null },
      })
      expect(json.data?.PublicPlan).toMatchObject({
        __typename: 'PublicPlan',
        progress: { __typename: 'PublicProgress', counts: { planned: 14 } },
        tax: { __typename: 'PublicTax', unchanged: true },
        year: 2021,
      })
      const untyped = await graphql('{ PublicPlan(year: 2021) { tax { noSuchField } } }')
      expect(untyped.json.errors?.[0].message).toMatch(
        /Cannot query field "noSuchField" on type "PublicTax"/,
      )
    })

    it('should speak English and give null with an error for an unknown plan', async () => {
      const english = await graphql(
        '{ PublicPlan(slug: "mal-for-kommunen-2021", locale: en) { locale pageUpdatedText } }',
      )
      expect(english.json.data?.PublicPlan).toEqual({
        locale: 'en',
        pageUpdatedText: expect.stringMatching(/^Page updated /),
      })
      const missing = await graphql('{ PublicPlan(year: 2030) { title } }')
      expect(missing.json.data?.PublicPlan).toBeNull()
      expect(missing.json.errors?.[0].message).toMatch(/ingen publicerad Mål och budget/)
    })

    it('should refuse a query over the complexity or depth limit with a clear error', async () => {
      const aliases = Array.from({ length: 700 }, (_, i) => `a${i}: title`).join(' ')
      const aliased = await graphql(`{ PublicPlan(year: 2021) { ${aliases} } }`)
      expect(aliased.json.errors?.[0].message).toMatch(/more than 30 aliases/)
      const fields =
        'title subtitle year slug vision locale organisation pageUpdatedAt pageUpdatedText id'
      const plans = Array.from(
        { length: 28 },
        (_, i) =>
          `p${i}: PublicPlan(year: 2021) { ${fields} intro { heading paragraphs listLead } work { heading paragraphs listLead } economy { heading paragraphs listLead } }`,
      ).join(' ')
      const complex = await graphql(`{ ${plans} }`)
      expect(complex.json.errors?.[0].message).toMatch(/maximum complexity of 600/)
      const deep = await graphql(
        '{ BudgetPlans { docs { focusAreas { id } goals { docs { plan { goals { docs { plan { goals { docs { plan { title } } } } } } } } } } } }',
      )
      expect(deep.json.errors?.[0].message).toMatch(/exceeds maximum operation depth of 10/)
    })

    it("should keep Payload's own queries working for published data, and the playground off in production", async () => {
      const { json } = await graphql(
        '{ Initiatives(limit: 3, sort: "order") { totalDocs docs { title } } }',
      )
      expect(json.data?.Initiatives).toMatchObject({ totalDocs: 14 })
      expect((await fetch(`${server.url}/api/graphql-playground`)).status).toBe(404)
    })
  })
})
