import type { AfterErrorHook } from 'payload'

import { expectedError } from '../lib/errorStatus'

/**
 * Answers an error that wraps an expected one (a busy or moved database under a query error, a
 * body the multipart parser could not read) with that error's status and message instead of a
 * bare 500, in REST and GraphQL alike.
 */
type FieldError = { label?: unknown; message?: unknown; path?: unknown }

// Payload names each field's error in `data.errors`, but its REST answer drops them when the error
// comes from another copy of its modules (as under Next.js): a client would read only "Följande
// fält är ogiltigt: Huvudfärg", not why. The answer then carries the fields, and says them.
const withFieldErrors = (
  error: Error,
  result: unknown,
): undefined | { response: Record<string, unknown>; status: number } => {
  const fields = (error as { data?: { errors?: FieldError[] } }).data?.errors
  if (error.name !== 'ValidationError' || !Array.isArray(fields) || fields.length === 0) return
  const errors = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  if (errors?.some((e) => e.data)) return
  const why = fields
    .map((f) => `${typeof f.path === 'string' ? `${f.path}: ` : ''}${String(f.message ?? '')}`)
    .join('; ')
  return {
    response: {
      ...(result as Record<string, unknown>),
      errors: [
        {
          data: { errors: fields },
          message: `${error.message} (${why})`,
          name: 'ValidationError',
        },
      ],
    },
    status: 400,
  }
}

export const answerExpectedErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (!graphqlResult) {
    const validation = withFieldErrors(error, result)
    if (validation) return validation
  }
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
