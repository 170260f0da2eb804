import type { FlattenedField, Where } from 'payload'

/** A filter that cannot be run, with a message (Swedish / English) the client can act on. */
export class WhereError extends Error {
  constructor(sv: string, en: string) {
    super(`${sv} / ${en}`)
    this.name = 'WhereError'
  }
}

/** One condition of a filter: the field it names (undefined when not found here) and its value. */
export type Condition = {
  /** The field the path ends at; `'id'` for the document id; undefined when unknown. */
  field: 'id' | FlattenedField | undefined
  operator: string
  path: string
  value: unknown
}

/** Deepest nesting of `and`/`or` accepted. */
export const MAX_WHERE_DEPTH = 8
/** Most conditions in one filter. */
export const MAX_WHERE_CONDITIONS = 200

const OPERATORS = new Set([
  'all',
  'contains',
  'equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'in',
  'intersects',
  'less_than',
  'less_than_equal',
  'like',
  'near',
  'not_equals',
  'not_in',
  'not_like',
  'within',
])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The field a query path names: groups, named tabs and arrays are followed, as is a locale after a
 * localized field (`title.en`); a relationship,
 * upload or join is the end of the path (its own `.id` included) — what lies beyond is another
 * collection's field, which Payload itself checks against that collection's access.
 */
export const fieldAtPath = (
  fields: readonly FlattenedField[],
  path: string,
): Condition['field'] => {
  const segments = path.replace(/__/g, '.').split('.')
  if (segments.length === 1 && (segments[0] === 'id' || segments[0] === '_id')) return 'id'
  let current: readonly FlattenedField[] = fields
  for (let i = 0; i < segments.length; i++) {
    const field = current.find((f) => f.name === segments[i])
    if (!field) return undefined
    const last = i === segments.length - 1
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
      return last || (i === segments.length - 2 && segments[i + 1] === 'id') ? field : undefined
    }
    if (last) return field
    if ('flattenedFields' in field) current = field.flattenedFields
    // `title.en`: a localized field in one locale
    else
      return i === segments.length - 2 && 'localized' in field && field.localized
        ? field
        : undefined
  }
  return undefined
}

/**
 * Walks a `where` filter, checks its shape (an object of paths and known operators, nesting and
 * size bounded) and returns a copy in which every condition's value is what `visit` makes of it.
 * Throws a {@link WhereError} for a filter that cannot be run.
 */
export const mapWhere = (
  where: unknown,
  fields: readonly FlattenedField[],
  visit: (condition: Condition) => unknown,
): Where => {
  let conditions = 0
  const walk = (node: unknown, depth: number): Where => {
    if (!isPlainObject(node)) {
      throw new WhereError(
        'Filtret (where) ska vara ett objekt, t.ex. where[title][equals]=…',
        'The filter (where) must be an object, e.g. where[title][equals]=…',
      )
    }
    if (depth > MAX_WHERE_DEPTH) {
      throw new WhereError(
        `Filtret är nästlat djupare än ${MAX_WHERE_DEPTH} nivåer`,
        `The filter is nested deeper than ${MAX_WHERE_DEPTH} levels`,
      )
    }
    const result: Where = {}
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : []
        result[key] = list.map((item) => walk(item, depth + 1))
        continue
      }
      if (!isPlainObject(value)) {
        throw new WhereError(
          `Ange en jämförelse för "${key.slice(0, 60)}", t.ex. where[${key.slice(0, 60)}][equals]=…`,
          `Give a comparison for "${key.slice(0, 60)}", e.g. where[${key.slice(0, 60)}][equals]=…`,
        )
      }
      const field = fieldAtPath(fields, key)
      const mapped: Record<string, unknown> = {}
      for (const [operator, operand] of Object.entries(value)) {
        if (!OPERATORS.has(operator)) {
          throw new WhereError(
            `Okänd jämförelse "${operator.slice(0, 40)}"`,
            `Unknown operator "${operator.slice(0, 40)}"`,
          )
        }
        conditions += 1
        if (conditions > MAX_WHERE_CONDITIONS) {
          throw new WhereError(
            `Filtret har fler än ${MAX_WHERE_CONDITIONS} villkor`,
            `The filter has more than ${MAX_WHERE_CONDITIONS} conditions`,
          )
        }
        mapped[operator] = visit({ field, operator, path: key, value: operand })
      }
      result[key] = mapped
    }
    return result
  }
  return walk(where, 0)
}

/**
 * Whether a query path goes through a relationship into a join field of the related collection
 * (`plan.goals`, `plan.initiatives.title`): Payload's SQL adapters cannot query one there and fail
 * with a 500. `fieldsOf` gives a collection's fields.
 */
export const joinBehindRelationship = (
  fields: readonly FlattenedField[],
  path: string,
  fieldsOf: (slug: string) => readonly FlattenedField[] | undefined,
): boolean => {
  const segments = path.replace(/__/g, '.').split('.')
  let current: readonly FlattenedField[] | undefined = fields
  let crossed = false
  for (const segment of segments) {
    const field: FlattenedField | undefined = current?.find((f) => f.name === segment)
    if (!field) return false
    if (field.type === 'join') return crossed
    if (field.type === 'relationship' || field.type === 'upload') {
      if (typeof field.relationTo !== 'string') return false
      current = fieldsOf(field.relationTo)
      crossed = true
    } else current = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  return false
}
