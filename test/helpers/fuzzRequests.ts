import fc from 'fast-check'

/** One generated request: what a stranger might send to any route. */
export type FuzzRequest = {
  body?: string
  headers: Record<string, string>
  method: string
  path: string
}

const ROUTES = [
  '/api/public/plans/2021',
  '/api/public/plans/by-slug/mal-for-kommunen-2021',
  '/api/public/plans/2021/open-data.json',
  '/api/public/plans/2021/open-data.csv',
  '/api/public/feedback',
  '/api/graphql',
  '/mal-och-budget/2021',
  '/mal-och-budget',
  '/healthz',
  '/api/goals',
  '/api/goals/1',
  '/api/budget-plans',
  '/api/budget-plans/1',
  '/api/initiatives',
  '/api/savings-measures',
  '/api/focus-areas',
  '/api/media',
  '/api/documents',
  '/api/users',
  '/api/users/login',
  '/api/users/me',
  '/api/users/forgot-password',
  '/api/feedback',
  '/api/globals/site-settings',
  '/api/payload-preferences',
  '/api/payload-jobs',
  '/api/access',
  '/api/goals/versions',
]

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    'x',
    '-1',
    '0',
    '1e308',
    'NaN',
    'Infinity',
    '9'.repeat(40),
    'null',
    'true',
    '{',
    '[]',
    '%',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>',
    'åäö',
    '😀',
    '\u0000',
    '2021-13-45',
    'abc,def',
  ),
  fc.integer().map(String),
  fc.double().map(String),
)

const FIELDS = [
  'title',
  'id',
  'createdAt',
  'updatedAt',
  'plan',
  'goals',
  'year',
  'order',
  '_status',
  'slug',
  'progress',
  'focusAreas',
  'title.en',
  'goals.title',
  'x',
  'indicators.kpiId',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'like',
  'contains',
  'near',
  'within',
  'intersects',
  'bogus',
]

const param = fc.oneof(
  fc
    .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), junk)
    .map(([field, op, value]) => `where[${field}][${op}]=${encodeURIComponent(value)}`),
  fc
    .tuple(
      fc.constantFrom(...FIELDS),
      fc.constantFrom(...OPERATORS),
      fc.array(junk, { maxLength: 4 }),
    )
    .map(([field, op, values]) =>
      values.map((v, i) => `where[or][${i}][${field}][${op}]=${encodeURIComponent(v)}`).join('&'),
    ),
  fc
    .tuple(
      fc.constantFrom(
        'page',
        'limit',
        'depth',
        'sort',
        'locale',
        'draft',
        'select',
        'populate',
        'joins',
        'where',
        'table',
        'preview',
        'fallback-locale',
        'trash',
        'pagination',
      ),
      junk,
    )
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`),
  fc
    .tuple(fc.constantFrom('select', 'populate', 'joins'), fc.constantFrom(...FIELDS), junk)
    .map(([name, field, value]) => `${name}[${field}]=${encodeURIComponent(value)}`),
)

const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.record({ email: junk, password: junk }).map((v) => JSON.stringify(v)),
  fc.record({ message: junk, page: junk, name: junk }).map((v) => JSON.stringify(v)),
  fc
    .record({
      query: fc.oneof(
        junk,
        fc.constantFrom(
          '{ Goals { docs { id } } }',
          'subscription { x }',
          'query { ...A } fragment A on Query { ...A }',
          '{ PublicPlan(year: 99999) { title } }',
          '{ __schema { types { name } } }',
        ),
      ),
      variables: fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })),
    })
    .map((v) => JSON.stringify(v)),
  junk,
)

const request: fc.Arbitrary<FuzzRequest> = fc
  .record({
    body: jsonBody,
    contentType: fc.constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xx',
      'text/plain',
      'application/xml',
      '',
    ),
    id: fc.oneof(junk, fc.nat({ max: 50 }).map(String)),
    method: fc.constantFrom(
      'GET',
      'GET',
      'GET',
      'POST',
      'POST',
      'PATCH',
      'DELETE',
      'PUT',
      'OPTIONS',
      'HEAD',
    ),
    params: fc.array(param, { maxLength: 4 }),
    route: fc.constantFrom(...ROUTES),
    useId: fc.boolean(),
  })
  .map(({ body, contentType, id, method, params, route, useId }) => {
    const base =
      useId && route.startsWith('/api/') && !route.includes('public')
        ? `${route.replace(/\/1$/, '')}/${encodeURIComponent(id)}`
        : route
    const path = params.length ? `${base}?${params.join('&')}` : base
    const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {}
    return method === 'GET' || method === 'HEAD' || method === 'OPTIONS'
      ? { headers, method, path }
      : { body, headers, method, path }
  })

/** `count` reproducible requests over every public and stock route (same seed, same requests). */
export const fuzzRequests = (count: number, seed: number): FuzzRequest[] =>
  fc.sample(request, { numRuns: count, seed })
