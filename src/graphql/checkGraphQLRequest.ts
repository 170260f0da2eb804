import { type DocumentNode, GraphQLError, parse } from 'graphql'
import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'
import { z } from 'zod'

import { type GraphQLLimits, measureGraphQLDocument } from '../lib/graphqlCost'
import { readBounded } from '../lib/readBounded'

/** Most expensive GraphQL query accepted (Payload's estimate: about one point per field). */
export const GRAPHQL_MAX_COMPLEXITY = 600

/** Deepest GraphQL query accepted. */
export const GRAPHQL_MAX_DEPTH = 10

/** Largest GraphQL request body read, in bytes (the site's own page query is about 4 KB). */
export const GRAPHQL_MAX_BODY_BYTES = 64 * 1024

/** Most tokens the parser reads before it gives up: bounds parsing time. */
export const GRAPHQL_MAX_TOKENS = 5000

/** What a document may hold, checked before GraphQL's own validation runs. */
export const GRAPHQL_LIMITS: GraphQLLimits = {
  maxAliases: 30,
  maxDepth: GRAPHQL_MAX_DEPTH,
  maxFields: 1000,
  maxFragmentDepth: 8,
}

const paramsSchema = z.object({
  extensions: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().max(200).nullish(),
  query: z.string().min(1).nullish(),
  variables: z.record(z.string(), z.unknown()).nullish(),
})

/** A GraphQL request's parameters, from a POST body or a GET query string. */
export type GraphQLParams = z.infer<typeof paramsSchema>

/** A refusal, in GraphQL's error format, with its HTTP status. */
export type GraphQLRefusal = { refusal: Response }

const refuse = (status: number, message: string): GraphQLRefusal => ({
  refusal: Response.json(
    { errors: [{ extensions: { statusCode: status }, message }] },
    { headers: { 'cache-control': 'no-store' }, status },
  ),
})

const badParams = () =>
  refuse(
    400,
    'Frågan ska vara {"query": "…", "variables": {…}, "operationName": "…"} / The request must be {"query": "…", "variables": {…}, "operationName": "…"}',
  )

/** The parameters of a POST body: JSON of at most {@link GRAPHQL_MAX_BODY_BYTES}. */
export const graphQLParamsOfBody = (raw: Buffer): GraphQLParams | GraphQLRefusal => {
  let json: unknown
  try {
    json = JSON.parse(raw.toString('utf8'))
  } catch {
    return refuse(400, 'Ogiltig JSON i frågan / The request body is not valid JSON')
  }
  const params = paramsSchema.safeParse(json)
  return params.success ? params.data : badParams()
}

/** The parameters of a GET query string (`variables` and `extensions` as JSON). */
export const graphQLParamsOfSearch = (search: URLSearchParams): GraphQLParams | GraphQLRefusal => {
  const json = (name: string): unknown => {
    const text = search.get(name)
    if (text === null) return undefined
    try {
      return JSON.parse(text)
    } catch {
      return Symbol.for('unreadable')
    }
  }
  const candidate = {
    extensions: json('extensions'),
    operationName: search.get('operationName') ?? undefined,
    query: search.get('query') ?? undefined,
    variables: json('variables'),
  }
  const params = paramsSchema.safeParse(candidate)
  return params.success ? params.data : badParams()
}

/** A parsed document that passed the cost checks, and the hash of its text. */
export type CheckedDocument = { document: DocumentNode; hash: string; text: string }

// Parsed and measured once per text: the same query text (a front end's page query) comes
// again and again. A refusal is kept as its words, never as a Response (a body is read once).
const documents = new LRUCache<string, CheckedDocument | { refused: string }>({ max: 500 })

/** The sha256 (hex) of a query text, as persisted queries name it. */
export const queryHash = (text: string): string => createHash('sha256').update(text).digest('hex')

/**
 * The document of a query text, parsed within {@link GRAPHQL_MAX_TOKENS} and within
 * {@link GRAPHQL_LIMITS} — so that a hostile document is refused in milliseconds with a 4xx that
 * says why. Cached by text (bounded).
 */
export const checkedDocument = (text: string): CheckedDocument | GraphQLRefusal => {
  let checked = documents.get(text)
  if (!checked) {
    try {
      const document = parse(text, { maxTokens: GRAPHQL_MAX_TOKENS })
      const verdict = measureGraphQLDocument(document, GRAPHQL_LIMITS)
      checked = verdict ? { refused: verdict } : { document, hash: queryHash(text), text }
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Syntax error'
      checked = {
        refused: `Frågan kunde inte tolkas: ${message} / The query could not be parsed: ${message}`,
      }
    }
    documents.set(text, checked)
  }
  return 'refused' in checked ? refuse(400, checked.refused) : checked
}

/** Reads and checks a GraphQL POST: a JSON body of at most {@link GRAPHQL_MAX_BODY_BYTES}. */
export const readGraphQLPost = async (
  request: Request,
): Promise<GraphQLRefusal | { params: GraphQLParams; raw: Buffer }> => {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return refuse(
      415,
      'Skicka GraphQL-frågan som JSON (content-type: application/json) / Send the GraphQL request as JSON (content-type: application/json)',
    )
  }
  const tooLarge = () =>
    refuse(
      413,
      `För stor fråga: högst ${GRAPHQL_MAX_BODY_BYTES / 1024} KiB / Request too large: at most ${GRAPHQL_MAX_BODY_BYTES / 1024} KiB`,
    )
  if (Number(request.headers.get('content-length') ?? 0) > GRAPHQL_MAX_BODY_BYTES) return tooLarge()
  const raw = await readBounded(request.body, GRAPHQL_MAX_BODY_BYTES)
  if (!raw) return tooLarge()
  const params = graphQLParamsOfBody(raw)
  return 'refusal' in params ? params : { params, raw }
}
