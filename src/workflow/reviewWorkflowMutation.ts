import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { ReviewAction } from './reviewActions'

import { pluginOptionsOf } from '../options/pluginOptionsOf'
import { moveReviewState } from './moveReviewState'
import { REVIEW_ACTIONS } from './reviewActions'
import { REVIEWED_KEYS, type ReviewedKey } from './reviewedCollections'
import { WorkflowRefused } from './WorkflowRefused'

type Args = {
  action: ReviewAction
  collection: ReviewedKey
  comment?: null | string
  id: string
  publishAt?: null | string
}

/**
 * `reviewWorkflow(collection, id, action, comment, publishAt)`: the workflow's step by GraphQL, the
 * same as `POST /api/<collection>/:id/workflow` — refusals are errors with the message and
 * `extensions.statusCode` 400/401/403/404/409.
 */
export const reviewWorkflowMutation: GraphQLExtension = (GraphQL) => {
  const state = new GraphQL.GraphQLObjectType({
    name: 'ReviewTransition',
    fields: {
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      published: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) },
      reviewState: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      scheduledAt: { type: GraphQL.GraphQLString },
    },
  })
  const enumOf = (name: string, values: readonly string[]) =>
    new GraphQL.GraphQLEnumType({
      name,
      values: Object.fromEntries(values.map((value) => [value, { value }])),
    })
  return {
    reviewWorkflow: {
      args: {
        action: { type: new GraphQL.GraphQLNonNull(enumOf('ReviewAction', REVIEW_ACTIONS)) },
        collection: {
          type: new GraphQL.GraphQLNonNull(enumOf('ReviewedCollection', REVIEWED_KEYS)),
        },
        comment: { type: GraphQL.GraphQLString },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        publishAt: { type: GraphQL.GraphQLString },
      },
      resolve: async (_root: unknown, args: Args, { req }: { req: PayloadRequest }) => {
        const when = args.publishAt ?? undefined
        if (when !== undefined && Number.isNaN(Date.parse(when)))
          throw new WorkflowRefused(
            'publishAt: en tid som 2026-12-01T08:00:00+01:00 / an ISO 8601 time',
            400,
          )
        const { slugs } = pluginOptionsOf(req.payload.config)
        const id = req.payload.db.defaultIDType === 'number' ? Number(args.id) : args.id
        const result = await moveReviewState(req, {
          action: args.action,
          collection: slugs[args.collection],
          comment: args.comment ?? undefined,
          id: Number.isNaN(id) ? undefined : id,
          publishAt: when,
        })
        return {
          ...result.doc,
          id: String(result.doc.id),
          published: result.published,
          scheduledAt: result.scheduledAt,
        }
      },
      type: state,
    },
  }
}
