/** Options of {@link malOchBudgetPlugin}; every one has a sensible default. */
export type MalOchBudgetPluginOptions = {
  /**
   * Keep the schema (collections, fields, globals) but switch off behaviour such as hooks and
   * endpoints, e.g. while running migrations.
   * @default false
   */
  disabled?: boolean
  /**
   * Organisation name pre-filled in the site settings.
   * @default 'Hedemora kommun'
   */
  organisationName?: string
}

/** The options after {@link sanitizeOptions}: every value present and checked. */
export type SanitizedMalOchBudgetPluginOptions = Required<MalOchBudgetPluginOptions>
