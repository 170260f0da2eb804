import type { DocumentNode, ExecutionResult, GraphQLError, SelectionSetNode } from 'graphql'
import type { Payload } from 'payload'

import depthLimit from 'graphql-depth-limit'
import * as graphql from 'graphql'
import { createComplexityRule, simpleEstimator } from 'graphql-query-complexity'
import { LRUCache } from 'lru-cache'

import type { CheckedDocument } from '../graphql/checkGraphQLRequest'
import type { Answer } from './answerPlanRead'

import { GRAPHQL_MAX_COMPLEXITY, GRAPHQL_MAX_DEPTH } from '../graphql/checkGraphQLRequest'
import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { corsHeaders } from './answerPlanRead'
import { notModified } from '../lib/conditionalRequest'
import { cached } from '../hooks/publicChange/pageCache'
import { resolvePublicPlan } from './publicPlanQuery'
import { nullable } from '../shape/describe'
import { PUBLIC_PAGE_SHAPE } from '../shape/publicPageShape'
import { graphQLTypeOf } from '../shape/toGraphQL'
import { strongEtag } from '../lib/strongEtag'

/**
 * Whether the operation to run asks for nothing but `PublicPlan` (and `__typename`): such a query
 * is answered from the page cache; anything else goes to Payload's GraphQL.
 */
export const asksOnlyForPublicPlan = (
  document: DocumentNode,
  operationName?: null | string,
): boolean => {
  const known = onlyPublicPlan.get(document)?.get(operationName ?? '')
  if (known !== undefined) return known
  const verdict = onlyForPublicPlan(document, operationName)
  const byName = onlyPublicPlan.get(document) ?? new Map<string, boolean>()
  byName.set(operationName ?? '', verdict)
  onlyPublicPlan.set(document, byName)
  return verdict
}

// Documents are kept (checkedDocument's cache), so the verdict is kept beside each.
const onlyPublicPlan = new WeakMap<DocumentNode, Map<string, boolean>>()

const onlyForPublicPlan = (document: DocumentNode, operationName?: null | string): boolean => {
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition')
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined
  if (!operation || operation.operation !== 'query') return false
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [],
    ),
  )
  const only = (set: SelectionSetNode, depth: number): boolean =>
    depth < 10 &&
    set.selections.every((selection) => {
      if (selection.kind === 'Field')
        return ['PublicPlan', '__typename'].includes(selection.name.value)
      if (selection.kind === 'InlineFragment') return only(selection.selectionSet, depth + 1)
      const fragment = fragments.get(selection.name.value)
      return fragment !== undefined && only(fragment.selectionSet, depth + 1)
    })
  return only(operation.selectionSet, 0)
}

type Schema = {
  schema: graphql.GraphQLSchema
  validated: LRUCache<string, readonly GraphQLError[]>
}

// The part of the site's schema PublicPlan needs, with the same type names, made once per Payload.
const schemas = new WeakMap<Payload, Schema>()

const schemaOf = (payload: Payload): Schema => {
  const known = schemas.get(payload)
  if (known) return known
  const { locales } = pluginOptionsOf(payload.config)
  const locale = new graphql.GraphQLEnumType({
    name: 'LocaleInputType',
    values: Object.fromEntries(locales.map((code) => [code, { value: code }])),
  })
  const query = new graphql.GraphQLObjectType({
    name: 'Query',
    fields: {
      PublicPlan: {
        args: {
          decided: { type: graphql.GraphQLBoolean },
          locale: { type: locale },
          slug: { type: graphql.GraphQLString },
          year: { type: graphql.GraphQLInt },
        },
        resolve: (_root, args: Parameters<typeof resolvePublicPlan>[1]) =>
          resolvePublicPlan(payload, args),
        type: graphQLTypeOf(graphql, nullable(PUBLIC_PAGE_SHAPE)),
      },
    },
  })
  const made = {
    schema: new graphql.GraphQLSchema({ query }),
    validated: new LRUCache<string, readonly GraphQLError[]>({ max: 500 }),
  }
  schemas.set(payload, made)
  return made
}

// The same limits as the site's GraphQL route: depth, and Payload's complexity estimate.
const validationErrors = (
  { schema, validated }: Schema,
  { document, hash }: CheckedDocument,
  variables: Record<string, unknown>,
): readonly GraphQLError[] => {
  // Kept per document and variables: the complexity rule reads the variables, and an error about one
  // client's variables is not another's answer (a cached "$year got invalid value …" was).
  const key = `${hash}|${stable(variables)}`
  const known = validated.get(key)
  if (known) return known
  let errors: readonly GraphQLError[]
  try {
    errors = graphql.validate(schema, document, [
      ...graphql.specifiedRules,
      depthLimit(GRAPHQL_MAX_DEPTH),
      createComplexityRule({
        estimators: [simpleEstimator({ defaultComplexity: 1 })],
        maximumComplexity: GRAPHQL_MAX_COMPLEXITY,
        variables,
      }),
    ])
  } catch (error) {
    // The complexity rule reads the variables and throws on one GraphQL cannot take ($year: 1e308):
    // the client's mistake, for these variables only.
    if (error instanceof graphql.GraphQLError) return [new graphql.GraphQLError(error.message)]
    throw error
  }
  validated.set(key, errors)
  return errors
}

const formatted = (errors: readonly GraphQLError[]) =>
  errors.map((error) => {
    const original: unknown = error.originalError
    // A variable GraphQL cannot take ($year: 1e308) comes back wrapping GraphQL's own error.
    const status =
      original &&
      typeof original === 'object' &&
      'status' in original &&
      typeof original.status === 'number'
        ? original.status
        : error.originalError && !(error.originalError instanceof graphql.GraphQLError)
          ? 500
          : 400
    return {
      extensions: { statusCode: status },
      locations: error.locations,
      message: status >= 500 ? 'Something went wrong.' : error.message,
      path: error.path,
    }
  })

type CachedAnswer = { body: Buffer; etag: string; failed: boolean }

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )

/**
 * Answers a query that asks only for `PublicPlan` from the page cache: the document validated once
 * per text against the same types and limits as the site's schema, executed against the cached
 * page, and the serialized answer cached per (document, variables, page version). Strong ETag;
 * for GET, 304 and the public API's Cache-Control, so CDNs can keep it.
 */
export const answerPublicPlanGraphQL = async (
  payload: Payload,
  checked: CheckedDocument,
  {
    header,
    method,
    operationName,
    variables,
  }: {
    header: (name: string) => string | undefined
    method: string
    operationName?: null | string
    variables?: null | Record<string, unknown>
  },
): Promise<Answer> => {
  const schema = schemaOf(payload)
  const key = `${checked.hash}|${operationName ?? ''}|${stable(variables ?? {})}`
  const answer = await cached<CachedAnswer>(
    payload,
    key,
    async () => {
      const errors = validationErrors(schema, checked, variables ?? {})
      const result: ExecutionResult = errors.length
        ? { errors }
        : await graphql.execute({
            document: checked.document,
            operationName,
            schema: schema.schema,
            variableValues: variables ?? undefined,
          })
      for (const error of result.errors ?? []) {
        if (!error.originalError || 'status' in error.originalError) continue
        payload.logger.error({ err: error.originalError, msg: 'PublicPlan failed' })
      }
      const body = Buffer.from(
        JSON.stringify(result.errors ? { ...result, errors: formatted(result.errors) } : result),
      )
      const etag = strongEtag(body)
      return { body, etag, failed: Boolean(result.errors) }
    },
    'graphql',
  )
  const options = pluginOptionsOf(payload.config)
  const headers: Record<string, string> = {
    ...corsHeaders(options, header('origin')),
    'Cache-Control': answer.failed ? 'no-store' : options.publicApi.cacheControl,
    ETag: answer.etag,
  }
  if (
    method === 'GET' &&
    notModified({ ifNoneMatch: header('if-none-match') }, { etag: answer.etag, lastModified: null })
  ) {
    return { headers, status: 304 }
  }
  headers['Content-Type'] = 'application/json; charset=utf-8'
  headers['Content-Length'] = String(answer.body.length)
  return { body: method === 'HEAD' ? undefined : answer.body, headers, status: 200 }
}
