import type { CollectionBeforeValidateHook, Field, GlobalBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

const invalidDate = (value: unknown): boolean =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  (typeof value === 'string' || typeof value === 'number' || value instanceof Date) &&
  Number.isNaN(new Date(value).getTime())

/** The first date field of `fields` whose value in `data` is no date, as its path. */
const firstInvalid = (fields: Field[], data: unknown, path: string): string | undefined => {
  if (!data || typeof data !== 'object') return undefined
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = firstInvalid(field.fields, record, path)
      if (found) return found
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        const found = firstInvalid(
          tab.fields,
          named ? record[tab.name] : record,
          named ? `${path}${tab.name}.` : path,
        )
        if (found) return found
      }
    } else if (field.type === 'group' && 'name' in field) {
      const found = firstInvalid(field.fields, record[field.name], `${path}${field.name}.`)
      if (found) return found
    } else if (field.type === 'array') {
      const rows = record[field.name]
      if (Array.isArray(rows)) {
        for (const [i, row] of rows.entries()) {
          const found = firstInvalid(field.fields, row, `${path}${field.name}.${i}.`)
          if (found) return found
        }
      }
    } else if (field.type === 'date' && invalidDate(record[field.name])) {
      return `${path}${field.name}`
    }
  }
  return undefined
}

const refuse = (path: string): never => {
  throw new APIError(
    `Fältet ${path} är inget datum: skriv till exempel 2021-08-31 / ${path} is not a date: use e.g. 2021-08-31`,
    400,
    undefined,
    true,
  )
}

/**
 * Before every save, drafts included (Payload validates only what it publishes): a date field
 * holding no date is a 400 naming it — a draft with one could be saved but never read back (500).
 */
export const refuseInvalidDates: CollectionBeforeValidateHook = ({ collection, data }) => {
  const path = firstInvalid(collection.fields, data, '')
  return path ? refuse(path) : data
}

/** The same for a global. */
export const refuseInvalidGlobalDates: GlobalBeforeValidateHook = ({ data, global }) => {
  const path = firstInvalid(global.fields, data, '')
  return path ? refuse(path) : data
}
