import type { GraphQLExtension, Payload, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { PageKey } from './loadPublicPage'

import { planYearProblem } from '../lib/planYear'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { cachedPage } from './cachedPage'
import { decidedPage } from './decidedPage'
import { nullable } from '../shape/describe'
import { PUBLIC_PAGE_SHAPE } from '../shape/publicPageShape'
import { graphQLTypeOf, selectionOf } from '../shape/toGraphQL'

const refuse = (message: string, status: number) => new APIError(message, status, undefined, true)

/** The query front ends send for the whole page (every field), as in the committed `.graphql` file. */
export const publicPlanQueryText = (): string =>
  [
    '# The public "Mål och budget" page: everything the page shows, in one query.',
    "# Generated from the page's shape (src/publicPage/shape/publicPageShape.ts): npm run generate:graphql",
    '# With $decided: true, the version the council decided (frozen), in the same shape.',
    'query PublicPlan($year: Int, $slug: String, $locale: LocaleInputType, $decided: Boolean) {',
    `  PublicPlan(year: $year, slug: $slug, locale: $locale, decided: $decided) ${selectionOf(PUBLIC_PAGE_SHAPE, '  ')}`,
    '}',
    '',
  ].join('\n')

/** The published page a `PublicPlan(year, slug, locale)` query asks for, from the page cache. */
export const resolvePublicPlan = async (
  payload: Payload,
  args: {
    decided?: boolean | null
    locale?: null | string
    slug?: null | string
    year?: null | number
  },
) => {
  const { locales } = pluginOptionsOf(payload.config)
  const locale = locales.find((l) => l === (args.locale ?? 'sv'))
  if (!locale) {
    throw refuse(
      `Okänt språk: använd ${locales.join(' eller ')} / Unknown locale: use ${locales.join(' or ')}`,
      400,
    )
  }
  let key: PageKey
  if (typeof args.year === 'number') {
    const problem = planYearProblem(args.year)
    if (problem) throw refuse(problem, 400)
    key = { year: args.year }
  } else if (args.slug) {
    key = { slug: args.slug }
  } else {
    throw refuse('Ange year eller slug / Give year or slug', 400)
  }
  const rep = await cachedPage(payload, key, locale)
  if (!rep) {
    throw refuse(
      'Det finns ingen publicerad Mål och budget för det året / No published budget plan for that year or slug',
      404,
    )
  }
  if (!args.decided) return rep.page
  const decided = await decidedPage(payload, rep.page, locale)
  if (!decided) {
    throw refuse(
      `Planen för ${rep.page.year} är inte markerad som beslutad / The plan has not been marked as decided`,
      404,
    )
  }
  return decided.page
}

/**
 * `PublicPlan(year, slug, locale)`: the composed public page of a plan, typed from the page's
 * shape and served from the same cache as `GET /api/public/plans/:year`. Null with an error entry
 * when there is no such published plan.
 */
export const publicPlanQueries: GraphQLExtension = (GraphQL, context) => ({
  PublicPlan: {
    args: {
      decided: { type: GraphQL.GraphQLBoolean },
      locale: { type: context.types.localeInputType ?? GraphQL.GraphQLString },
      slug: { type: GraphQL.GraphQLString },
      year: { type: GraphQL.GraphQLInt },
    },
    resolve: (
      _root: unknown,
      args: Parameters<typeof resolvePublicPlan>[1],
      { req }: { req: PayloadRequest },
    ) => resolvePublicPlan(req.payload, args),
    type: graphQLTypeOf(GraphQL, nullable(PUBLIC_PAGE_SHAPE)),
  },
})
