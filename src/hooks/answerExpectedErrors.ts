import type { AfterErrorHook, SanitizedConfig } from 'payload'

import { inBothLanguages } from '../lib/bothLanguages'
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
  config: SanitizedConfig,
): undefined | { response: Record<string, unknown>; status: number } => {
  const given = (error as { data?: { errors?: FieldError[] } }).data?.errors
  if (error.name !== 'ValidationError' || !Array.isArray(given) || given.length === 0) return
  const errors = (result as { errors?: { data?: unknown }[] } | undefined)?.errors
  if (errors?.some((e) => e.data)) return
  // Payload's own words for a field ("Värdet måste vara unikt") in both languages, as ours are.
  const fields = given.map((f) =>
    typeof f.message === 'string' ? { ...f, message: inBothLanguages(config, f.message) } : f,
  )
  const why = fields
    .map((f) => `${typeof f.path === 'string' ? `${f.path}: ` : ''}${String(f.message ?? '')}`)
    .join('; ')
  return {
    response: {
      ...(result as Record<string, unknown>),
      errors: [
        {
          data: { errors: fields },
          message: `${inBothLanguages(config, error.message)} (${why})`,
          name: 'ValidationError',
        },
      ],
    },
    status: 400,
  }
}

export const answerExpectedErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  if (!graphqlResult) {
    const validation = withFieldErrors(error, result, req.payload.config)
    if (validation) return validation
  }
  // An error that carries its own 4xx already gets Payload's answer — with its details, such as a
  // validation error's fields, which the admin panel marks; only wrapped ones need help, and
  // Payload's own messages in one language get the other.
  const own = graphqlResult
    ? (graphqlResult.extensions as undefined | { statusCode?: unknown })?.statusCode
    : (error as { status?: unknown }).status
  if (typeof own === 'number' && own >= 400 && own < 500) {
    const config = req.payload.config
    if (graphqlResult) {
      const message = inBothLanguages(config, graphqlResult.message)
      return message === graphqlResult.message
        ? undefined
        : { graphqlResult: { ...graphqlResult, message } }
    }
    const errors = (result as { errors?: { message?: unknown }[] } | undefined)?.errors
    if (!Array.isArray(errors)) return
    const translated = errors.map((e) =>
      typeof e.message === 'string' ? { ...e, message: inBothLanguages(config, e.message) } : e,
    )
    if (translated.every((e, i) => e.message === errors[i].message)) return
    return { response: { ...(result as object), errors: translated }, status: own }
  }
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
