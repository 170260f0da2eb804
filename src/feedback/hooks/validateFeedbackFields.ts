import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { checkInput, feedbackFieldsSchema } from '../../lib/feedbackInput'

/**
 * Runs the same checks as the public endpoint on every create (and on edits of the resident's
 * fields), so no route — REST, GraphQL, local API — can store feedback the endpoint would refuse.
 */
export const validateFeedbackFields: CollectionBeforeValidateHook = ({
  collection,
  data,
  operation,
  originalDoc,
}) => {
  if (!data) return data
  const touched =
    operation === 'create' || ['email', 'message', 'name'].some((field) => field in data)
  if (!touched) return data
  const merged = { email: undefined, message: undefined, name: undefined, ...originalDoc, ...data }
  const input = {
    email: merged.email ?? undefined,
    message: merged.message ?? undefined,
    name: merged.name ?? undefined,
  }
  const result = checkInput(feedbackFieldsSchema, input)
  if (!result.ok) {
    throw new ValidationError({
      collection: collection.slug,
      errors: Object.entries(result.errors).map(([path, message]) => ({ message, path })),
    })
  }
  return {
    ...data,
    email: result.value.email ?? null,
    message: result.value.message,
    name: result.value.name ?? null,
  }
}
