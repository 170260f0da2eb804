import type { FlattenedField } from 'payload'

import { checkConditionValue, type QueryDialect } from '../../src/lib/checkConditionValue'
import { fieldAtPath, mapWhere } from '../../src/lib/mapWhere'

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'order', type: 'number' },
  { name: 'createdAt', type: 'date' },
  { name: 'plan', type: 'relationship', relationTo: 'budget-plans' },
  { name: 'focusAreas', type: 'relationship', hasMany: true, relationTo: 'focus-areas' },
  { name: 'where', type: 'point' },
  {
    name: '_status',
    type: 'select',
    options: [
      { label: 'Draft', value: 'draft' },
      { label: 'Published', value: 'published' },
    ],
  },
  {
    name: 'councilDecision',
    type: 'group',
    flattenedFields: [{ name: 'date', type: 'date' }],
  },
] as unknown as FlattenedField[]

const sql: QueryDialect = { allOperator: false, ids: 'number' }
const check = (where: unknown, dialect = sql) =>
  mapWhere(where, fields, (condition) => {
    checkConditionValue(condition, dialect)
    return condition.value
  })

describe('query filters (where)', () => {
  it('should refuse a value a select field cannot hold (PostgreSQL answered 500), naming the values it can', () => {
    expect(() => check({ _status: { equals: '|mlg(' } })).toThrow(
      /"\|mlg\(" is not one of the field's values \(field "_status": draft, published\)/,
    )
    expect(() => check({ _status: { in: 'published,x' } })).toThrow(/"x" is not one of/)
    expect(check({ _status: { in: 'draft,published' } })).toEqual({
      _status: { in: 'draft,published' },
    })
    expect(check({ _status: { equals: 'published' } })).toEqual({
      _status: { equals: 'published' },
    })
  })

  it('should find fields through groups and locales, and stop at a relationship', () => {
    expect(fieldAtPath(fields, 'councilDecision.date')).toMatchObject({ type: 'date' })
    expect(fieldAtPath(fields, 'title.en')).toMatchObject({ name: 'title' })
    expect(fieldAtPath(fields, 'plan.id')).toMatchObject({ name: 'plan' })
    expect(fieldAtPath(fields, 'plan.title')).toBeUndefined()
    expect(fieldAtPath(fields, 'id')).toBe('id')
  })

  it('should pass a well-formed filter through unchanged', () => {
    const where = {
      and: [
        { title: { like: 'skola' } },
        { or: [{ order: { greater_than: '2' } }, { plan: { in: '1,2' } }] },
      ],
      createdAt: { less_than: '2021-03-10' },
    }
    expect(check(where)).toEqual(where)
  })

  it.each([
    ['x', /must be an object/],
    [{ title: 'x' }, /Give a comparison/],
    [{ title: { bogus: 1 } }, /Unknown operator/],
    [{ createdAt: { greater_than: 'notadate' } }, /not a date/],
    [{ 'councilDecision.date': { equals: '2021-13-45' } }, /not a date/],
    [{ order: { equals: 'abc' } }, /not a number/],
    [{ plan: { equals: 'abc' } }, /not an id/],
    [{ id: { in: ['1', 'x'] } }, /not an id/],
    [{ title: { near: '1,2' } }, /point fields/],
    [{ createdAt: { contains: '2021' } }, /text fields/],
    [{ plan: { like: '1' } }, /text fields/],
    [{ title: { all: 'x' } }, /fields with many values/],
    [{ focusAreas: { all: '1' } }, /use "and" with "contains"/],
    [{ title: { exists: 'maybe' } }, /exists must be true or false/],
    [{ id: { in: Array.from({ length: 501 }, (_, i) => i) } }, /At most 500 values/],
    [
      { and: Array.from({ length: 201 }, () => ({ title: { equals: 'x' } })) },
      /more than 200 conditions/,
    ],
  ])('should refuse %j with a message', (where, message) => {
    expect(() => check(where)).toThrow(message)
  })

  it('should take MongoDB ids and the all operator on MongoDB', () => {
    const mongo: QueryDialect = { allOperator: true, ids: 'objectId' }
    expect(() => check({ plan: { equals: '5f8d0d55b54764421b7156c9' } }, mongo)).not.toThrow()
    expect(() => check({ plan: { equals: '12' } }, mongo)).toThrow(/not an id/)
    expect(() => check({ focusAreas: { all: ['5f8d0d55b54764421b7156c9'] } }, mongo)).not.toThrow()
  })

  it('should refuse nesting deeper than eight levels', () => {
    let where: object = { title: { equals: 'x' } }
    for (let i = 0; i < 9; i++) where = { or: [where] }
    expect(() => check(where)).toThrow(/nested deeper than 8/)
  })
})

describe('a repeated query parameter', () => {
  it('should be refused where one value goes, and kept where a list goes', () => {
    expect(() => check({ id: { equals: ['1', '2'] } })).toThrow(/tar ett värde/)
    expect(() => check({ title: { like: ['a', 'b'] } })).toThrow(/takes one value/)
    expect(() => check({ or: [{ _status: { equals: ['a', 'b'] } }] })).toThrow(/tar ett värde/)
    expect(() => check({ order: { equals: { x: '1' } } })).toThrow(/tar ett värde/)
    expect(check({ id: { in: ['1', '2'] } })).toEqual({ id: { in: ['1', '2'] } })
  })

  it('should take a Date as one date, as Payload’s own queries (the admin’s document locks) pass it', () => {
    const since = new Date('2026-11-29T18:18:00Z')
    expect(check({ createdAt: { greater_than: since } })).toEqual({
      createdAt: { greater_than: since },
    })
    expect(() => check({ createdAt: { greater_than: new Date('nonsense') } })).toThrow(
      /inget datum/,
    )
  })
})
