import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'graphql'

import { GRAPHQL_LIMITS, GRAPHQL_MAX_TOKENS } from '../../src/graphql/checkGraphQLRequest'
import { measureGraphQLDocument } from '../../src/lib/graphqlCost'
import { publicPlanQueryText } from '../../src/publicPage/publicPlanQuery'

const measure = (query: string) => measureGraphQLDocument(parse(query), GRAPHQL_LIMITS)

describe('measureGraphQLDocument', () => {
  it("should accept the site's own page query and ordinary queries", () => {
    const site = fs.readFileSync(
      path.resolve(import.meta.dirname ?? '.', '../../docs/publicPlan.graphql'),
      'utf8',
    )
    expect(measure(site)).toBeUndefined()
    expect(measure('{ Goals(limit: 5) { docs { id title plan { title } } } }')).toBeUndefined()
    expect(
      measure('query A { ...F } query B { ...F } fragment F on Query { Goals { totalDocs } }'),
    ).toBeUndefined()
  })

  it('should refuse too many fields, counting a fragment every time it is spread', () => {
    expect(measure(`{ Goals { docs { ${'id '.repeat(1001)}} } }`)).toMatch(/more than 1000 fields/)
    const bomb = `query { ...F0 } ${Array.from({ length: 8 }, (_, i) => `fragment F${i} on Query { ${`...F${i + 1} `.repeat(8)}}`).join(' ')} fragment F8 on Query { Goals { totalDocs } }`
    const started = performance.now()
    expect(measure(bomb)).toMatch(/more than 1000 fields/)
    // 8^8 spreads are measured once per fragment, not expanded.
    expect(performance.now() - started).toBeLessThan(100)
  })

  it('should refuse a fragment that spreads itself, directly or through another', () => {
    expect(measure('query { ...A } fragment A on Query { ...A }')).toMatch(/"A" spreads itself/)
    expect(
      measure('query { ...A } fragment A on Query { ...B } fragment B on Query { Goals { ...A } }'),
    ).toMatch(/spreads itself/)
  })

  it('should refuse aliases, depth and fragment chains over their limits, and subscriptions', () => {
    expect(
      measure(
        `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: Goals { totalDocs }`).join(' ')} }`,
      ),
    ).toMatch(/more than 30 aliases/)
    expect(measure(`{ a ${'{ b '.repeat(11)}${'} '.repeat(11)}}`)).toMatch(
      /maximum operation depth of 10/,
    )
    expect(measure(`{ a ${'{ b '.repeat(10)}${'} '.repeat(10)}}`)).toBeUndefined()
    const chain = `query { ...F0 } ${Array.from({ length: 9 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F9 on Query { x }`
    expect(measure(chain)).toMatch(/nested deeper than 8/)
    expect(measure('subscription { x }')).toMatch(/Subscriptions are not supported/)
  })

  it('should leave 20,000 repeated fields to the parser, which stops at its token limit', () => {
    expect(() =>
      parse(`{ Goals { docs { ${'id '.repeat(20_000)}} } }`, { maxTokens: GRAPHQL_MAX_TOKENS }),
    ).toThrow(/tokens/)
  })
})

describe('the PublicPlan query file', () => {
  it('should be the query the page shape makes (run `npm run generate:graphql` after a change)', () => {
    const committed = fs.readFileSync(
      path.resolve(import.meta.dirname ?? '.', '../../docs/publicPlan.graphql'),
      'utf8',
    )
    expect(committed).toBe(publicPlanQueryText())
  })
})
