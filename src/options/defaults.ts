import path from 'node:path'

import type { MalOchBudgetPluginOptions, SanitizedMalOchBudgetPluginOptions } from './types'

/** Default values of every plugin option. */
export const defaultOptions: SanitizedMalOchBudgetPluginOptions = {
  disabled: false,
  maxDocumentMegabytes: 50,
  organisationName: 'Hedemora kommun',
  uploadDir: './data/uploads',
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
  if (options.maxDocumentMegabytes !== undefined) {
    const mb = options.maxDocumentMegabytes
    if (typeof mb !== 'number' || !Number.isFinite(mb) || mb <= 0 || mb > 1024) {
      fail('`maxDocumentMegabytes` must be a number of megabytes between 1 and 1024, e.g. 50.')
    }
    sanitized.maxDocumentMegabytes = mb
  }
  if (options.uploadDir !== undefined) {
    if (typeof options.uploadDir !== 'string' || options.uploadDir.trim() === '') {
      fail('`uploadDir` must be a folder path, e.g. "./data/uploads".')
    }
    sanitized.uploadDir = options.uploadDir
  }
  return { ...sanitized, uploadDir: path.resolve(sanitized.uploadDir) }
}
