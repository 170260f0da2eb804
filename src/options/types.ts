/** Options of {@link malOchBudgetPlugin}; every one has a sensible default. */
export type MalOchBudgetPluginOptions = {
  /**
   * Keep the schema (collections, fields, globals) but switch off behaviour such as hooks,
   * e.g. while running migrations.
   * @default false
   */
  disabled?: boolean
  /**
   * Largest PDF accepted in `documents`, in megabytes.
   * @default 50
   */
  maxDocumentMegabytes?: number
  /**
   * Organisation name pre-filled in the site settings.
   * @default 'Hedemora kommun'
   */
  organisationName?: string
  /**
   * Folder where uploaded images and documents are stored (relative to the working directory).
   * @default './data/uploads'
   */
  uploadDir?: string
}

/** The options after {@link sanitizeOptions}: every value present and checked. */
export type SanitizedMalOchBudgetPluginOptions = Required<MalOchBudgetPluginOptions>
