import type { Config, SanitizedConfig } from 'payload'

import type { SanitizedOptions } from './types'

/** Where the plugin keeps its sanitized options in the Payload config (`config.custom`). */
export const OPTIONS_KEY = 'malOchBudget'

const isSanitizedOptions = (value: unknown): value is SanitizedOptions =>
  typeof value === 'object' &&
  value !== null &&
  'slugs' in value &&
  'publicPath' in value &&
  'publicApi' in value

/**
 * The plugin's sanitized options, read back from a config it was installed in — for code that
 * runs with a Payload instance (hooks deep in a call, jobs, endpoints, the host's front end).
 */
export const pluginOptionsOf = (config: Config | SanitizedConfig): SanitizedOptions => {
  const options: unknown = config.custom?.[OPTIONS_KEY]
  if (!isSanitizedOptions(options)) {
    throw new Error(
      '[mal-och-budget] the plugin is not installed in this Payload config: add malOchBudgetPlugin() to `plugins`.',
    )
  }
  return options
}
