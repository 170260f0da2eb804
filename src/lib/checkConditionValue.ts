import type { Condition } from './mapWhere'

import { WhereError } from './mapWhere'

/** How this database writes document ids: whole numbers, MongoDB ObjectIds, or other strings. */
export type IdFormat = 'number' | 'objectId' | 'text'

/** What the database adapter can run: its id format, and whether it has the `all` operator. */
export type QueryDialect = { allOperator: boolean; ids: IdFormat }

/** Most values in one `in`, `not_in` or `all` list. */
export const MAX_LIST_VALUES = 500

const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])
const COMPARISONS = new Set([
  'equals',
  'greater_than',
  'greater_than_equal',
  'in',
  'less_than',
  'less_than_equal',
  'not_equals',
  'not_in',
])
const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])
const TEXT_OPERATORS = new Set(['contains', 'like', 'not_like'])
const TEXT_TYPES = new Set([
  'code',
  'email',
  'json',
  'radio',
  'richText',
  'select',
  'text',
  'textarea',
])
const ID_TYPES = new Set(['id', 'join', 'relationship', 'upload'])

/** Why an operator does not apply to the field, or undefined when it does (as Payload's adapters run it). */
const misfit = (
  operator: string,
  field: Condition['field'],
  dialect: QueryDialect,
): string | undefined => {
  if (!field) return undefined // Payload refuses unknown paths itself
  const type = field === 'id' ? 'id' : field.type
  const many = field !== 'id' && 'hasMany' in field && field.hasMany === true
  if (GEO_OPERATORS.has(operator) && type !== 'point') return 'punktfält / point fields'
  if (operator === 'all' && !many) return 'fält med flera värden / fields with many values'
  if (operator === 'all' && !dialect.allOperator) {
    return 'MongoDB; i SQL-databasen, använd "and" med "contains" / MongoDB; on the SQL database, use "and" with "contains"'
  }
  if (operator === 'contains' && (TEXT_TYPES.has(type) || many || type === 'join')) return undefined
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(type)) return 'textfält / text fields'
  return undefined
}

/** True when `value` can be the id of a document in a database of this id format. */
export const isIdLike = (value: unknown, format: IdFormat): boolean => {
  if (format === 'number') {
    return (
      (typeof value === 'number' && Number.isSafeInteger(value)) ||
      (typeof value === 'string' && /^\d{1,15}$/.test(value))
    )
  }
  if (typeof value !== 'string') return false
  return format === 'objectId' ? /^[0-9a-f]{24}$/i.test(value) : /^[\w-]{1,64}$/.test(value)
}

/** The single values of a condition: a list, a comma-separated string (as Payload reads `in`), or one. */
export const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (!LIST_OPERATORS.has(operator)) return [value]
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : value && typeof value === 'object'
        ? Object.values(value)
        : [value]
  if (list.length > MAX_LIST_VALUES) {
    throw new WhereError(
      `Högst ${MAX_LIST_VALUES} värden i en lista`,
      `At most ${MAX_LIST_VALUES} values in a list`,
    )
  }
  return list
}

const shown = (value: unknown): string => JSON.stringify(value)?.slice(0, 40) ?? String(value)

/**
 * Checks that a condition's value fits its field, so a filter that cannot match never reaches
 * the database as a failing query: dates that are dates, numbers that are numbers, ids in this
 * database's format, geographic operators on point fields only, lists of bounded length.
 * Throws a {@link WhereError}; returns nothing.
 */
export const checkConditionValue = (
  { field, operator, path, value }: Condition,
  dialect: QueryDialect,
): void => {
  const { ids } = dialect
  const values = valuesOf(operator, value)
  const fieldType = field === 'id' ? 'id' : field?.type
  const fits = misfit(operator, field, dialect)
  if (fits) {
    const [sv, en] = fits.split(' / ')
    throw new WhereError(
      `"${operator}" går bara att använda på ${sv}, inte på "${path}"`,
      `"${operator}" works on ${en} only, not on "${path}"`,
    )
  }
  // A repeated parameter (`where[id][equals]=1&where[id][equals]=2`) gives a list where one value
  // goes; the database driver cannot bind it.
  const oneValue = !LIST_OPERATORS.has(operator) && !GEO_OPERATORS.has(operator)
  if (
    oneValue &&
    value !== null &&
    typeof value === 'object' &&
    // A Date is one value (Payload's own queries pass them, e.g. the admin's document locks).
    !(value instanceof Date) &&
    (Array.isArray(value) || fieldType !== 'json')
  ) {
    throw new WhereError(
      `"${operator}" tar ett värde, inte en lista (fältet "${path}")`,
      `"${operator}" takes one value, not a list (field "${path}")`,
    )
  }
  if (operator === 'exists') {
    if (![true, false, 'true', 'false'].includes(value as string)) {
      throw new WhereError('exists ska vara true eller false', 'exists must be true or false')
    }
    return
  }
  if (!COMPARISONS.has(operator) && !(operator === 'all' || operator === 'contains')) return
  for (const single of values) {
    // An empty choice is no choice: PostgreSQL's enum refused "" with a 500 (the fuzzer's
    // `where[_status][equals]=`); below, any other value of no option is refused the same way.
    const emptyChoice =
      single === '' &&
      (fieldType === 'select' || fieldType === 'radio') &&
      COMPARISONS.has(operator)
    if (!emptyChoice && (single === null || single === '' || single === undefined)) continue
    if (fieldType === 'date' && COMPARISONS.has(operator)) {
      const time =
        single instanceof Date
          ? single
          : typeof single === 'string' || typeof single === 'number'
            ? new Date(single)
            : null
      if (!time || Number.isNaN(time.getTime())) {
        throw new WhereError(
          `${shown(single)} är inget datum (fältet "${path}"); använd t.ex. 2021-03-10`,
          `${shown(single)} is not a date (field "${path}"); use e.g. 2021-03-10`,
        )
      }
    } else if (
      (fieldType === 'select' || fieldType === 'radio') &&
      COMPARISONS.has(operator) &&
      field !== 'id' &&
      field !== undefined &&
      'options' in field
    ) {
      // PostgreSQL keeps a select's values as an enum type and refuses any other (a 500 before).
      const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      if (!allowed.includes(String(single))) {
        throw new WhereError(
          `${shown(single)} är inget av fältets värden (fältet "${path}": ${allowed.join(', ')})`,
          `${shown(single)} is not one of the field's values (field "${path}": ${allowed.join(', ')})`,
        )
      }
    } else if (fieldType === 'number' && COMPARISONS.has(operator)) {
      if (!Number.isFinite(typeof single === 'string' ? Number(single) : single)) {
        throw new WhereError(
          `${shown(single)} är inget tal (fältet "${path}")`,
          `${shown(single)} is not a number (field "${path}")`,
        )
      }
    } else if (
      ID_TYPES.has(fieldType ?? '') &&
      typeof single !== 'object' &&
      !isIdLike(single, ids)
    ) {
      throw new WhereError(
        `${shown(single)} är inget id (fältet "${path}")`,
        `${shown(single)} is not an id (field "${path}")`,
      )
    }
  }
}
