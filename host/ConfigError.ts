/** A setting is missing or wrong: start-up stops with this message, which names the variable and the fix. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(`[mal-och-budget] ${message}`)
    this.name = 'ConfigError'
  }
}
