/**
 * `npm run generate:graphql`: writes the PublicPlan query front ends can copy — every field of the
 * page — from the page's shape, so the `.graphql` file never drifts from the types.
 */
import fs from 'node:fs'
import path from 'node:path'

import { publicPlanQueryText } from 'mal-och-budget'

const file = path.resolve(import.meta.dirname, '../../docs/publicPlan.graphql')
fs.writeFileSync(file, publicPlanQueryText())
console.log(`Wrote ${path.relative(process.cwd(), file)}`)
