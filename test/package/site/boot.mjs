// Boots the fresh site on plain Node (its config compiled to JavaScript, as a site's build does; the
// plugin as installed from its package) and prints what the fresh-site test checks, as JSON.
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import configPromise from './payload.config.mjs'

const config = await configPromise
const payload = await getPayload({ config })
const report = {}

report.collections = payload.config.collections.map((c) => c.slug)
report.userFields = payload.config.collections
  .find((c) => c.slug === 'users')
  .fields.map((f) => f.name)
  .filter(Boolean)

const first = await payload.create({
  collection: 'users',
  data: { department: 'Ekonomi', email: 'ekonom@exempelby.se', password: 'Lösenord-1234' },
})
report.firstUser = { department: first.department, roles: first.roles }

await payload.create({
  collection: 'budget-plans',
  data: { _status: 'published', title: 'Mål och budget 2021', year: 2021 },
})
const rest = await REST_GET(config)(new Request('http://exempelby.test/api/public/plans/2021'), {
  params: Promise.resolve({ slug: ['public', 'plans', '2021'] }),
})
report.rest = { etag: rest.headers.get('etag'), status: rest.status, body: await rest.json() }

const graphql = await GRAPHQL_POST(config)(
  new Request('http://exempelby.test/api/graphql', {
    body: JSON.stringify({ query: '{ PublicPlan(year: 2021) { title organisation path } }' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  }),
)
report.graphql = await graphql.json()

const feedback = await REST_POST(config)(
  new Request('http://exempelby.test/api/public/feedback', {
    body: JSON.stringify({ message: 'Bra sida!', page: '/budget/2021' }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
    method: 'POST',
  }),
  { params: Promise.resolve({ slug: ['public', 'feedback'] }) },
)
report.feedback = { status: feedback.status, body: await feedback.json() }

await payload.destroy()
console.log(`REPORT ${JSON.stringify(report)}`)
process.exit(0)
