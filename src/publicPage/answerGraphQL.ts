import type { Payload } from 'payload'
import type { DocumentNode } from 'graphql'

import { LRUCache } from 'lru-cache'

import type { Answer } from '../lib/webAnswer'
import type { GraphQLParams, GraphQLRefusal } from '../graphql/checkGraphQLRequest'

import { WORK_BOUND_HEADER } from '../hooks/boundAnonymousWork'
import { toResponse } from '../lib/webAnswer'
import { asksOnlyForPublicPlan, answerPublicPlanGraphQL } from './publicPlanGraphQL'
import {
  checkedDocument,
  graphQLParamsOfSearch,
  queryHash,
  readGraphQLPost,
} from '../graphql/checkGraphQLRequest'

/** Most persisted queries remembered (automatic persisted queries, Apollo's protocol). */
export const MAX_PERSISTED_QUERIES = 1000

// Per process; a query not known here is simply sent again in full by the client.
const persisted = new LRUCache<string, string>({ max: MAX_PERSISTED_QUERIES })

const json = (status: number, body: object, headers: Record<string, string> = {}): Response =>
  Response.json(body, { headers: { 'cache-control': 'no-store', ...headers }, status })

/** The query text a request stands for: given, or known by its persisted hash. */
const queryTextOf = (params: GraphQLParams): GraphQLRefusal | { text: string } => {
  const persistedQuery = params.extensions?.persistedQuery
  const hash =
    persistedQuery && typeof persistedQuery === 'object' && 'sha256Hash' in persistedQuery
      ? persistedQuery.sha256Hash
      : undefined
  if (hash !== undefined && (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))) {
    return {
      refusal: json(400, {
        errors: [
          {
            message:
              'persistedQuery.sha256Hash ska vara 64 hexadecimala tecken / persistedQuery.sha256Hash must be 64 hex digits',
          },
        ],
      }),
    }
  }
  if (params.query) {
    if (typeof hash === 'string') {
      if (queryHash(params.query) !== hash) {
        return {
          refusal: json(400, {
            errors: [
              {
                message: 'sha256Hash stämmer inte med frågan / provided sha does not match query',
              },
            ],
          }),
        }
      }
      persisted.set(hash, params.query)
    }
    return { text: params.query }
  }
  const known = typeof hash === 'string' ? persisted.get(hash) : undefined
  if (known) return { text: known }
  if (typeof hash === 'string') {
    // The protocol's answer: the client sends the query in full, and it is remembered.
    return {
      refusal: json(200, {
        errors: [
          { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' }, message: 'PersistedQueryNotFound' },
        ],
      }),
    }
  }
  return { refusal: json(400, { errors: [{ message: 'Ange query / Give a query' }] }) }
}

/** A GraphQL request, already read by whichever server received it, and how Payload's GraphQL is reached. */
export type GraphQLCall = {
  /** Hands a POST with this JSON body to Payload's own GraphQL route. */
  forward: (body: string) => Promise<Response>
  header: (name: string) => string | undefined
  method: 'GET' | 'HEAD' | 'POST'
  params: GraphQLParams
}

/**
 * Whether the query asks for Payload's `Access` at its root (directly or through a fragment on
 * Query). Asked by nobody, Payload leaves out `canAccessAdmin`, which its schema says is never null,
 * and answers with a 500 and an error logged.
 */
const asksForAccess = (document: DocumentNode): boolean =>
  document.definitions.some(
    (d) =>
      (d.kind === 'OperationDefinition' ||
        (d.kind === 'FragmentDefinition' && d.typeCondition.name.value === 'Query')) &&
      d.selectionSet.selections.some((s) => s.kind === 'Field' && s.name.value === 'Access'),
  )

/**
 * Whether the request is someone's, as Payload's own strategies tell (a session cookie, a bearer
 * token or an API key); a stale or forged one is nobody's. Asked only of queries that ask `Access`.
 */
const signedIn = async (
  payload: Payload,
  header: (name: string) => string | undefined,
): Promise<boolean> => {
  const headers = new Headers()
  for (const name of ['authorization', 'cookie']) {
    const value = header(name)
    if (value) headers.set(name, value)
  }
  if (!headers.has('authorization') && !headers.has('cookie')) return false
  const { user } = await payload.auth({ headers })
  return Boolean(user)
}

/**
 * The site's GraphQL, by GET or POST, with automatic persisted queries: the request checked before
 * any GraphQL work (see checkGraphQLRequest); a query asking only for `PublicPlan` answered from
 * the page cache (answerPublicPlanGraphQL); anything else handed to Payload's GraphQL untouched
 * (a GET only for queries, never mutations). A cached answer comes back as it is kept (an
 * {@link Answer}), anything else as a Response.
 */
/**
 * GraphQL's own refusals of a query that does not fit the schema (an argument of the wrong type, a
 * field that does not exist), English only, said in Swedish too.
 */
const notInSchema = (body: string): Response => {
  let errors: { message?: unknown }[] = []
  try {
    errors = (JSON.parse(body) as { errors?: { message?: unknown }[] }).errors ?? []
  } catch {
    // not JSON: answered as one refusal below
  }
  const both = (message: unknown) =>
    typeof message === 'string' && message.includes(' / ')
      ? message
      : `Frågan stämmer inte med API:ets schema: ${String(message)} / The query does not match the API's schema: ${String(message)}`
  return json(400, {
    errors: (errors.length ? errors : [{ message: 'no details' }]).map((error) => ({
      ...error,
      extensions: { statusCode: 400 },
      message: both(error.message),
    })),
  })
}

export const answerGraphQL = async (
  payload: Payload,
  call: GraphQLCall,
): Promise<Answer | Response> => {
  const text = queryTextOf(call.params)
  if ('refusal' in text) return text.refusal
  const checked = checkedDocument(text.text)
  if ('refusal' in checked) return checked.refusal
  const { operationName, variables } = call.params
  if (asksOnlyForPublicPlan(checked.document, operationName)) {
    return answerPublicPlanGraphQL(payload, checked, {
      header: call.header,
      method: call.method,
      operationName,
      variables,
    })
  }
  if (asksForAccess(checked.document) && !(await signedIn(payload, call.header))) {
    return json(401, {
      errors: [
        {
          extensions: { statusCode: 401 },
          message:
            'Logga in för att fråga om behörigheter (Access) / Sign in to ask about permissions (Access)',
        },
      ],
    })
  }
  if (call.method !== 'POST') {
    const mutates = checked.document.definitions.some(
      (d) => d.kind === 'OperationDefinition' && d.operation !== 'query',
    )
    if (mutates) {
      return json(
        405,
        { errors: [{ message: 'Ändringar skickas med POST / Send mutations with POST' }] },
        { allow: 'POST' },
      )
    }
  }
  const answer = await call.forward(JSON.stringify({ operationName, query: text.text, variables }))
  if (answer.status === 400 && !answer.headers.has(WORK_BOUND_HEADER))
    return notInSchema(await answer.text())
  if (!answer.headers.has(WORK_BOUND_HEADER)) {
    // Payload's answers may hold what only the signed-in person may read: no shared cache keeps them.
    const headers = new Headers(answer.headers)
    headers.set('cache-control', 'private, no-store')
    // Asked as the newer type (see forwardedHeaders), answered as the type the client chose.
    if (mediaTypeFor(call.header('accept')) === 'application/json')
      headers.set('content-type', 'application/json; charset=utf-8')
    return new Response(answer.body, { headers, status: answer.status })
  }
  // Cut short between resolvers: the whole answer is refused, never given in part.
  await answer.body?.cancel()
  return json(400, {
    errors: [
      {
        extensions: { statusCode: 400 },
        message:
          'Frågan kräver för mycket arbete: minska limit eller djupet / The request needs too much work: lower the limits or the depth',
      },
    ],
  })
}

/**
 * The answer's type GraphQL over HTTP picks for an `Accept` header (as graphql-http does): the
 * first of the newer `application/graphql-response+json` or `application/json`; none, none.
 */
const mediaTypeFor = (accept: null | string | undefined): string | undefined => {
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';')
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8'
    if (type === 'application/graphql-response+json' && charset === 'charset=utf-8') return type
    if (
      ['application/json', 'application/*', '*/*'].includes(type) &&
      ['charset=utf-8', 'charset=utf8'].includes(charset)
    )
      return 'application/json'
  }
  return undefined
}

/**
 * The headers of a request handed on with a new JSON body (its own length, not the original's),
 * asking for the newer answer type whenever the client takes either: a query that does not fit
 * the schema is then a `400` (as `application/json` it is a `200`), which `answerGraphQL` words in
 * both languages.
 */
export const forwardedHeaders = (headers: Headers): Headers => {
  const copy = new Headers(headers)
  copy.delete('content-length')
  copy.delete('transfer-encoding')
  copy.set('content-type', 'application/json')
  if (mediaTypeFor(headers.get('accept'))) copy.set('accept', 'application/graphql-response+json')
  return copy
}

/**
 * Puts the checks and the cache in front of a host's GraphQL route (Payload's `GRAPHQL_POST`):
 * `export const POST = guardGraphQL(GRAPHQL_POST(config))` and `export const GET = …` — the same
 * function answers both.
 */
export const guardGraphQL =
  (payloadHandler: (request: Request) => Promise<Response>, payload: () => Promise<Payload>) =>
  async (request: Request): Promise<Response> => {
    let params: GraphQLParams
    if (request.method === 'POST') {
      const read = await readGraphQLPost(request)
      if ('refusal' in read) return read.refusal
      params = read.params
    } else {
      const read = graphQLParamsOfSearch(new URL(request.url).searchParams)
      if ('refusal' in read) return read.refusal
      params = read
    }
    const method = request.method === 'POST' ? 'POST' : request.method === 'HEAD' ? 'HEAD' : 'GET'
    const answer = await answerGraphQL(await payload(), {
      forward: (body) =>
        payloadHandler(
          new Request(new URL(request.url).origin + new URL(request.url).pathname, {
            body,
            headers: forwardedHeaders(request.headers),
            method: 'POST',
            signal: request.signal,
          }),
        ),
      header: (name) => request.headers.get(name) ?? undefined,
      method,
      params,
    })
    return answer instanceof Response ? answer : toResponse(answer)
  }
