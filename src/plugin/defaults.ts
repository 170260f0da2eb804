import type { MalOchBudgetPluginOptions, SanitizedMalOchBudgetPluginOptions } from './types'

/** Default values of every plugin option. */
export const defaultOptions: SanitizedMalOchBudgetPluginOptions = {
  disabled: false,
  organisationName: 'Hedemora kommun',
}

const fail = (message: string): never => {
  throw new Error(`[mal-och-budget] ${message}`)
}

/** Fills in defaults and checks the options once, with errors that say how to fix them. */
export const sanitizeOptions = (
  options: MalOchBudgetPluginOptions = {},
): SanitizedMalOchBudgetPluginOptions => {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    return fail(
      'options must be an object, e.g. malOchBudgetPlugin({ organisationName: "Hedemora kommun" }).',
    )
  }
  const sanitized: SanitizedMalOchBudgetPluginOptions = { ...defaultOptions }
  if (options.disabled !== undefined) {
    if (typeof options.disabled !== 'boolean') fail('`disabled` must be true or false.')
    sanitized.disabled = options.disabled
  }
  if (options.organisationName !== undefined) {
    const name = typeof options.organisationName === 'string' ? options.organisationName.trim() : ''
    if (name === '') fail('`organisationName` must be a non-empty string, e.g. "Hedemora kommun".')
    sanitized.organisationName = name
  }
  return sanitized
}
