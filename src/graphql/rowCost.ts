import {
  type ASTVisitor,
  type FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLOutputType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql'

/** Most rows one GraphQL request may ask to read, each list's `limit` multiplying what is under it. */
export const GRAPHQL_MAX_ROWS = 2000

/** Rows a list without a `limit` (a has-many relationship, a join without one) is taken to hold. */
export const UNLIMITED_LIST_ROWS = 10

/** Rows `limit: 0` (Payload: everything) is taken to mean. */
export const LIMIT_ZERO_ROWS = 1000

// A document of a collection (a row read): its type has an id and both timestamps.
const isDocumentType = (type: GraphQLOutputType): boolean => {
  const named = getNamedType(type)
  if (!(named instanceof GraphQLObjectType)) return false
  const fields = named.getFields()
  return 'id' in fields && 'createdAt' in fields && 'updatedAt' in fields
}

const isList = (type: GraphQLOutputType): boolean => getNullableType(type) instanceof GraphQLList

const limitOf = (
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): number | undefined => {
  if (!field.args.some((a) => a.name === 'limit')) return undefined
  const given = node.arguments?.find((a) => a.name.value === 'limit')?.value
  const read = (value: ValueNode | undefined): unknown =>
    value?.kind === Kind.VARIABLE
      ? variables[value.name.value]
      : value?.kind === Kind.INT
        ? Number(value.value)
        : undefined
  const raw = read(given)
  const limit = typeof raw === 'number' && Number.isFinite(raw) ? Math.trunc(raw) : undefined
  // Payload's own default page size when none is given.
  if (limit === undefined) return 10
  return limit <= 0 ? LIMIT_ZERO_ROWS : limit
}

/** Most selections the count visits (fragments followed) before it gives up and refuses. */
const MAX_VISITS = 20_000

const refusal = (maxRows: number) =>
  new GraphQLError(
    `Frågan läser för många rader (över ${maxRows}; varje limit multiplicerar det som står under den): minska limit eller djupet / The query reads too many rows (over ${maxRows}; each limit multiplies what is under it): lower the limits or the depth`,
    { extensions: { code: 'QUERY_TOO_COSTLY', statusCode: 400 } },
  )

/**
 * A GraphQL validation rule that counts what a query makes the server read, in rows, before any of
 * it runs: a list's `limit` (Payload's collection queries and joins) multiplies everything under
 * it, a list without one counts {@link UNLIMITED_LIST_ROWS}, and every relationship read counts
 * once per row it hangs from. A query over {@link GRAPHQL_MAX_ROWS} is refused with the count —
 * however few fields it names (ten aliases of nested joins with `limit: 100` read millions).
 * Fragments are counted where they are spread.
 */
export const rowCostRule =
  (variables: Record<string, unknown> = {}, maxRows = GRAPHQL_MAX_ROWS) =>
  (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema()
    let visits = 0
    const count = (
      set: SelectionSetNode,
      parent: GraphQLNamedType | null | undefined,
      times: number,
    ): number => {
      let rows = 0
      for (const selection of set.selections) {
        if (++visits > MAX_VISITS || rows > maxRows) return Infinity
        if (selection.kind === Kind.FIELD) {
          const field =
            parent && (isObjectType(parent) || isInterfaceType(parent))
              ? parent.getFields()[selection.name.value]
              : undefined
          if (!field) continue // __typename, or an error GraphQL's own rules report
          const limit = limitOf(selection, field, variables)
          const docs = selection.name.value === 'docs' && limit === undefined
          const many = docs ? 1 : (limit ?? (isList(field.type) ? UNLIMITED_LIST_ROWS : 1))
          const inner = times * many
          if (!docs && (limit !== undefined || isDocumentType(field.type))) rows += inner
          if (selection.selectionSet)
            rows += count(selection.selectionSet, getNamedType(field.type), inner)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent
          rows += count(selection.selectionSet, type, times)
        } else {
          const fragment = context.getFragment(selection.name.value)
          if (fragment) {
            rows += count(
              fragment.selectionSet,
              schema.getType(fragment.typeCondition.name.value),
              times,
            )
          }
        }
      }
      return rows
    }
    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'query'
            ? schema.getQueryType()
            : node.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType()
        if (count(node.selectionSet, root, 1) > maxRows) context.reportError(refusal(maxRows))
      },
    }
  }
