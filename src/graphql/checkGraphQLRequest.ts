import { type DocumentNode, GraphQLError, parse } from 'graphql'
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

const bodySchema = z.object({
  extensions: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().max(200).nullish(),
  query: z.string().min(1),
  variables: z.record(z.string(), z.unknown()).nullish(),
})

/** A GraphQL request that passed the checks, with its parsed document. */
export type CheckedGraphQLRequest = {
  body: z.infer<typeof bodySchema>
  document: DocumentNode
  /** The body as received, to hand on unchanged. */
  raw: Buffer
}

const refuse = (status: number, message: string): Response =>
  Response.json(
    { errors: [{ extensions: { statusCode: status }, message }] },
    { headers: { 'cache-control': 'no-store' }, status },
  )

const tooLarge = () =>
  refuse(
    413,
    `För stor fråga: högst ${GRAPHQL_MAX_BODY_BYTES / 1024} KiB / Request too large: at most ${GRAPHQL_MAX_BODY_BYTES / 1024} KiB`,
  )

/**
 * Checks a GraphQL POST before any GraphQL work: a JSON body of at most
 * {@link GRAPHQL_MAX_BODY_BYTES}, a document the parser reads within {@link GRAPHQL_MAX_TOKENS},
 * and within {@link GRAPHQL_LIMITS} — so that a hostile request is refused in milliseconds with a
 * 4xx that says why. Answers the refusal, or the checked request.
 */
export const checkGraphQLRequest = async (
  request: Request,
): Promise<CheckedGraphQLRequest | Response> => {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return refuse(
      415,
      'Skicka GraphQL-frågan som JSON (content-type: application/json) / Send the GraphQL request as JSON (content-type: application/json)',
    )
  }
  if (Number(request.headers.get('content-length') ?? 0) > GRAPHQL_MAX_BODY_BYTES) return tooLarge()
  const raw = await readBounded(request.body, GRAPHQL_MAX_BODY_BYTES)
  if (!raw) return tooLarge()

  let json: unknown
  try {
    json = JSON.parse(Buffer.from(raw).toString('utf8'))
  } catch {
    return refuse(400, 'Ogiltig JSON i frågan / The request body is not valid JSON')
  }
  const body = bodySchema.safeParse(json)
  if (!body.success) {
    return refuse(
      400,
      'Frågan ska vara {"query": "…", "variables": {…}, "operationName": "…"} / The body must be {"query": "…", "variables": {…}, "operationName": "…"}',
    )
  }

  let document: DocumentNode
  try {
    document = parse(body.data.query, { maxTokens: GRAPHQL_MAX_TOKENS, noLocation: false })
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'Syntax error'
    return refuse(
      400,
      `Frågan kunde inte tolkas: ${message} / The query could not be parsed: ${message}`,
    )
  }
  const verdict = measureGraphQLDocument(document, GRAPHQL_LIMITS)
  if (verdict) return refuse(400, verdict)
  return { body: body.data, document, raw }
}

/**
 * Puts {@link checkGraphQLRequest} in front of a GraphQL route handler (Payload's `GRAPHQL_POST`):
 * refusals are answered at once, accepted requests are handed on with their body unchanged.
 */
export const guardGraphQL =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const checked = await checkGraphQLRequest(request)
    if (checked instanceof Response) return checked
    return handler(
      new Request(request.url, {
        body: new Uint8Array(checked.raw),
        headers: request.headers,
        method: 'POST',
        signal: request.signal,
      }),
    )
  }
