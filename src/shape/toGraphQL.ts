import type { GraphQLObjectType, GraphQLOutputType } from 'graphql'
import type { GraphQLExtension } from 'payload'

import type { Shape } from './describe'

/** The `graphql` module Payload hands a GraphQL extension (the same instance as its schema's). */
export type GraphQLModule = Parameters<GraphQLExtension>[0]

/**
 * The GraphQL output type of a described shape: scalars as GraphQL's, lists of non-null items,
 * object types made once per name (a shape used in two places is one GraphQL type).
 */
export const graphQLTypeOf = (
  GraphQL: GraphQLModule,
  shape: Shape,
  made: Map<string, GraphQLObjectType> = new Map(),
): GraphQLOutputType => {
  const required = (type: GraphQLOutputType) =>
    shape.nullable ? type : new GraphQL.GraphQLNonNull(type)
  if (shape.kind === 'list') {
    return new GraphQL.GraphQLNonNull(
      new GraphQL.GraphQLList(graphQLTypeOf(GraphQL, shape.of, made)),
    )
  }
  if (shape.kind === 'scalar') {
    const scalars = {
      Boolean: GraphQL.GraphQLBoolean,
      Float: GraphQL.GraphQLFloat,
      Int: GraphQL.GraphQLInt,
      String: GraphQL.GraphQLString,
    }
    return required(scalars[shape.name])
  }
  let type = made.get(shape.name)
  if (!type) {
    const fields = shape.fields
    type = new GraphQL.GraphQLObjectType({
      name: shape.name,
      description: shape.description,
      fields: () =>
        Object.fromEntries(
          Object.entries(fields).map(([name, field]) => [
            name,
            { type: graphQLTypeOf(GraphQL, field, made) },
          ]),
        ),
    })
    made.set(shape.name, type)
  }
  return required(type)
}

/** A GraphQL selection of every field of a shape, indented for a `.graphql` file. */
export const selectionOf = (shape: Shape, indent = '  '): string => {
  if (shape.kind === 'list') return selectionOf(shape.of, indent)
  if (shape.kind === 'scalar') return ''
  const inner = Object.entries(shape.fields)
    .map(([name, field]) => {
      const sub = selectionOf(field, `${indent}  `)
      return `${indent}  ${name}${sub ? ` ${sub}` : ''}`
    })
    .join('\n')
  return `{\n${inner}\n${indent}}`
}
