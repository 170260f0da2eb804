import type { AfterErrorHook } from 'payload'

import { expectedError } from '../lib/errorStatus'

/**
 * Answers an error that wraps an expected one (a busy or moved database under a query error, a
 * body the multipart parser could not read) with that error's status and message instead of a
 * bare 500, in REST and GraphQL alike.
 */
export const answerExpectedErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  // An error that carries its own 4xx already gets Payload's answer — with its details, such as a
  // validation error's fields, which the admin panel marks; only wrapped ones need help.
  const own = (error as { status?: unknown }).status
  if (typeof own === 'number' && own >= 400 && own < 500) return
  const expected = expectedError(error)
  if (!expected) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, statusCode: expected.status },
        message: expected.message,
      },
    }
  }
  return {
    response: { ...result, errors: [{ message: expected.message }] },
    status: expected.status,
  }
}
