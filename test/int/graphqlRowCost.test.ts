import type { GraphQLSchema } from 'graphql'

import { configToSchema } from '@payloadcms/graphql'
import fs from 'node:fs'
import path from 'node:path'
import { parse, validate } from 'graphql'

import { buildAppConfig } from '../../host/config'
import { readSettings } from '../../host/settings'
import { GRAPHQL_MAX_ROWS, rowCostRule } from '../../src/graphql/rowCost'

const root = path.resolve(import.meta.dirname ?? '.', '../..')

describe('GraphQL row cost (the app’s real schema)', () => {
  let schema: GraphQLSchema

  const problems = (query: string, variables: Record<string, unknown> = {}) =>
    validate(schema, parse(query), [rowCostRule(variables)]).map((e) => e.message)

  beforeAll(async () => {
    const config = await buildAppConfig(
      readSettings({
        ...process.env,
        DATABASE_URL: 'file:/tmp/never-opened.db',
        PAYLOAD_SECRET: 'test-secret-0123456789abcdef0123456789',
      }),
    )
    schema = configToSchema(config).schema
  })

  it('should refuse the stalling query: ten aliases of nested joins with limit 100', () => {
    const one = (i: number) =>
      `a${i}: Initiatives(limit: 100) { docs { plan { goals(limit: 100) { docs { title plan { goals(limit: 100) { docs { title } } } } } } } }`
    const query = `{ ${Array.from({ length: 10 }, (_, i) => one(i)).join(' ')} }`
    expect(problems(query)).toEqual([expect.stringContaining('för många rader')])
    // One of them alone still reads a million rows.
    expect(problems(`{ ${one(0)} }`)).toHaveLength(1)
  })

  it('should count limits given by variables, limit 0 as everything, and fragments where they are spread', () => {
    const nested =
      'query Q($n: Int) { Goals(limit: $n) { docs { plan { goals(limit: $n) { docs { title } } } } } }'
    expect(problems(nested, { n: 10 })).toEqual([])
    expect(problems(nested, { n: 100 })).toHaveLength(1)
    expect(
      problems('{ Goals(limit: 0) { docs { plan { goals(limit: 5) { docs { id } } } } } }'),
    ).toHaveLength(1)
    const viaFragment = `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: Initiatives(limit: 50) { ...F }`).join(' ')} } fragment F on Initiatives { docs { plan { goals(limit: 50) { docs { title } } } } }`
    expect(problems(viaFragment)).toHaveLength(1)
  })

  it('should let a front end’s real queries through: the README’s examples and ordinary lists', () => {
    const site = fs.readFileSync(path.join(root, 'docs/publicPlan.graphql'), 'utf8')
    expect(problems(site, { year: 2021 })).toEqual([])
    expect(
      problems(
        '{ BudgetPlans { docs { title goals { docs { title } } initiatives { docs { title } } } } }',
      ),
    ).toEqual([])
    expect(
      problems('{ Goals(limit: 100) { docs { id title plan { title } focusAreas { title } } } }'),
    ).toEqual([])
    expect(problems(`{ Initiatives(limit: ${GRAPHQL_MAX_ROWS}) { docs { title } } }`)).toEqual([])
  })
})
