/**
 * A small vocabulary for describing a JSON shape once, from which its TypeScript type
 * ({@link ValueOf}), its GraphQL types and a GraphQL query selecting all of it are derived.
 */

/** A scalar: GraphQL's four, optionally limited to some string values (an enum in TypeScript only). */
export type ScalarShape = {
  kind: 'scalar'
  name: 'Boolean' | 'Float' | 'Int' | 'String'
  nullable: boolean
  values?: readonly string[]
}
/** A list of one shape (never null; its items never null). */
export type ListShape = { kind: 'list'; nullable: false; of: Shape }
/** An object type with a GraphQL name and description. */
export type ObjectShape = {
  description: string
  fields: Record<string, Shape>
  kind: 'object'
  name: string
  nullable: boolean
}
/** Any described shape. */
export type Shape = ListShape | ObjectShape | ScalarShape

type NonNullValueOf<S> = S extends { kind: 'scalar'; values: readonly (infer V)[] }
  ? V
  : S extends { kind: 'scalar'; name: 'String' }
    ? string
    : S extends { kind: 'scalar'; name: 'Boolean' }
      ? boolean
      : S extends { kind: 'scalar' }
        ? number
        : S extends { kind: 'list'; of: infer O }
          ? ValueOf<O>[]
          : S extends { fields: infer F }
            ? { -readonly [K in keyof F]: ValueOf<F[K]> }
            : never

/** The TypeScript type of values of a shape. */
export type ValueOf<S> = S extends { nullable: true } ? NonNullValueOf<S> | null : NonNullValueOf<S>

const scalar = <N extends ScalarShape['name']>(name: N) =>
  ({ kind: 'scalar', name, nullable: false }) as const

/** A text. */
export const string = scalar('String')
/** A whole number. */
export const int = scalar('Int')
/** A number. */
export const float = scalar('Float')
/** True or false. */
export const boolean = scalar('Boolean')

/** A text that is one of `values` (typed as their union; a String in GraphQL). */
export const oneOf = <const V extends readonly string[]>(values: V) =>
  ({ kind: 'scalar', name: 'String', nullable: false, values }) as const

/** The same shape, but it may be null. */
export const nullable = <S extends Shape>(shape: S): Omit<S, 'nullable'> & { nullable: true } => ({
  ...shape,
  nullable: true,
})

/** A list of a shape. */
export const list = <S extends Shape>(of: S) => ({ kind: 'list', nullable: false, of }) as const

/** An object type: its GraphQL name, a one-line description and its fields. */
export const object = <const F extends Record<string, Shape>>(
  name: string,
  description: string,
  fields: F,
) => ({ description, fields, kind: 'object', name, nullable: false }) as const
