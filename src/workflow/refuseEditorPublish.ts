import type { Access, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { isStaff } from '../access/isStaff'
import { WORKFLOW_TRANSITION } from '../hooks/contextKeys'
import { isDocumentId } from '../lib/idOf'
import type { ReviewedSlug } from './reviewedCollections'

import { EditorPublishRefused } from './EditorPublishRefused'
import { publishNeedsReview } from './publishNeedsReview'

type WriteArgs = {
  data?: { _status?: unknown }
  draft?: boolean
  id?: unknown
}

const isPublished = async (req: PayloadRequest, collection: ReviewedSlug, id: unknown) => {
  if (!isDocumentId(id)) return false
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { id: { equals: id } },
  })
  return docs[0]?._status === 'published'
}

/**
 * Refuses an editor's change of what the public sees — a publish, an unpublish, the deletion of a
 * published document — before access is checked, so REST, GraphQL and the Local API answer with a
 * message saying what to do instead of Payload's bare "not allowed". Drafts stay free.
 */
export const refuseEditorPublish =
  (collection: ReviewedSlug, ownDelete: Access = isStaff): CollectionBeforeOperationHook =>
  async ({ args, context, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
    if (typeof context[WORKFLOW_TRANSITION] === 'string') return args
    const write = args as WriteArgs
    const status = write.data?._status
    const asks =
      operation === 'delete'
        ? 'delete'
        : status === 'published'
          ? 'publish'
          : operation === 'update' && status === 'draft' && !write.draft
            ? 'unpublish'
            : undefined
    if (!asks || !(await publishNeedsReview(req))) return args
    // Where the collection's own rule already says no (only admins delete plans), it answers.
    if (asks === 'delete' && (await ownDelete({ req })) === false) return args
    if (asks === 'publish') throw new EditorPublishRefused('publish')
    // Without an id (a write by filter) an editor may not take anything down at all.
    if (write.id === undefined || (await isPublished(req, collection, write.id)))
      throw new EditorPublishRefused(asks)
    return args
  }
