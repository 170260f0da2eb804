import type {
  CollectionBeforeValidateHook,
  Field,
  GlobalBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

/**
 * A field whose own `validate` is asked on drafts too (it answers true for an empty value): a
 * format, not completeness — a draft may lack a Kolada id, but not hold one that cannot be.
 */
export const CHECK_IN_DRAFTS = 'checkInDrafts'

type Problem = { message: string; path: string }

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== ''

/** `2021-02-30` is read by JavaScript as 2 March: a calendar date must name a day that exists. */
const impossibleDay = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day
}

const invalidDate = (value: unknown): boolean =>
  present(value) &&
  (typeof value === 'string' || typeof value === 'number' || value instanceof Date) &&
  (Number.isNaN(new Date(value as string).getTime()) ||
    (typeof value === 'string' && impossibleDay(value)))

const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

/** What is wrong with a leaf field's value, in both languages, or nothing. */
const problemOf = (
  field: Field,
  value: unknown,
  siblingData: Record<string, unknown>,
): string | undefined => {
  if (!present(value)) return undefined
  // The field's own words first, where it has them for drafts.
  if (field.custom?.[CHECK_IN_DRAFTS] === true && 'validate' in field && field.validate) {
    const answer = (
      field.validate as (value: unknown, options: { siblingData: unknown }) => string | true
    )(value, { siblingData })
    if (typeof answer === 'string') return answer
  }
  if (field.type === 'date' && invalidDate(value))
    return 'Inget datum: skriv till exempel 2021-08-31 / Not a date: use e.g. 2021-08-31'
  if (field.type === 'number') {
    // Payload reads a text as a number first: "NaN" or "fyrtio" arrive here as NaN, and were
    // stored as nothing.
    if (valuesOf(value).some((n) => typeof n === 'number' && !Number.isFinite(n)))
      return 'Ange ett tal, t.ex. 40 / Give a number, e.g. 40'
    const { max, min } = field
    const outside = valuesOf(value).some(
      (n) =>
        typeof n === 'number' &&
        ((typeof min === 'number' && n < min) || (typeof max === 'number' && n > max)),
    )
    if (outside)
      return `Ska vara mellan ${min ?? '-∞'} och ${max ?? '∞'} / Must be between ${min ?? '-∞'} and ${max ?? '∞'}`
  }
  if (
    (field.type === 'text' ||
      field.type === 'textarea' ||
      field.type === 'email' ||
      field.type === 'code') &&
    valuesOf(value).some((t) => typeof t === 'string' && t.includes('\u0000'))
  )
    return 'Texten innehåller ett tecken som inte kan sparas (NUL, \\u0000): ta bort det / The text holds a character that cannot be stored (NUL, \\u0000): remove it'
  if ((field.type === 'text' || field.type === 'textarea') && typeof field.maxLength === 'number') {
    const tooLong = valuesOf(value).some(
      (t) => typeof t === 'string' && t.length > (field.maxLength as number),
    )
    if (tooLong) return `Högst ${field.maxLength} tecken / At most ${field.maxLength} characters`
  }
  if (field.type === 'select' || field.type === 'radio') {
    const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value))
    const wrong = valuesOf(value).find((v) => !allowed.includes(v as string))
    if (wrong !== undefined)
      return `Inget val "${String(wrong).slice(0, 40)}": välj ett av ${allowed.join(', ')} / No choice "${String(wrong).slice(0, 40)}": choose one of ${allowed.join(', ')}`
  }
  return undefined
}

/** Every field of `fields` whose value in `data` cannot be, with its path. */
const invalidFields = (fields: Field[], data: unknown, path: string): Problem[] => {
  if (!data || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  return fields.flatMap((field): Problem[] => {
    if (field.type === 'row' || field.type === 'collapsible')
      return invalidFields(field.fields, record, path)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? invalidFields(tab.fields, record[tab.name], `${path}${tab.name}.`)
          : invalidFields(tab.fields, record, path),
      )
    if (field.type === 'group' && 'name' in field)
      return invalidFields(field.fields, record[field.name], `${path}${field.name}.`)
    if (field.type === 'array') {
      const rows = record[field.name]
      return Array.isArray(rows)
        ? rows.flatMap((row, i) => invalidFields(field.fields, row, `${path}${field.name}.${i}.`))
        : []
    }
    if (!('name' in field)) return []
    const value = record[field.name]
    // A localized field saved in every locale at once holds one value per locale.
    const values =
      'localized' in field &&
      field.localized &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof Date)
        ? Object.values(value)
        : [value]
    const message = values.map((v) => problemOf(field, v, record)).find(Boolean)
    return message ? [{ message, path: `${path}${field.name}` }] : []
  })
}

const refuse = (
  errors: Problem[],
  req: PayloadRequest,
  entity: { collection: string } | { global: string },
): never => {
  throw new ValidationError({ ...entity, errors, req }, req.t)
}

/**
 * Before every save, drafts included (Payload validates only what it publishes, and under review
 * every save is a draft): a value that cannot be — a date that is no date, a number outside its
 * bounds, a text over its length, a choice that is not offered, a format a field checks in drafts
 * too — is a 400 naming
 * each such field, as Payload's own validation answers (the admin shows it at the field). A draft may be unfinished; it may not hold what could never be published (a draft
 * with such a date could be saved but never read back, a 500).
 */
export const refuseInvalidValues: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const errors = invalidFields(collection.fields, data, '')
  return errors.length > 0 ? refuse(errors, req, { collection: collection.slug }) : data
}

/** The same for a global. */
export const refuseInvalidGlobalValues: GlobalBeforeValidateHook = ({ data, global, req }) => {
  const errors = invalidFields(global.fields, data, '')
  return errors.length > 0 ? refuse(errors, req, { global: global.slug }) : data
}
