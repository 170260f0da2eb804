import type { CollectionBeforeOperationHook } from 'payload'

import { WORKFLOW_TRANSITION } from '../hooks/contextKeys'
import { EditorPublishRefused } from './EditorPublishRefused'
import { publishNeedsReview } from './publishNeedsReview'

/**
 * Refuses an editor's publish before access is checked, so REST, GraphQL and the Local API answer
 * with a message saying what to do instead of Payload's bare "not allowed".
 */
export const refuseEditorPublish: CollectionBeforeOperationHook = async ({
  args,
  context,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (typeof context[WORKFLOW_TRANSITION] === 'string') return args
  const data = (args as { data?: { _status?: unknown } }).data
  if (data?._status === 'published' && (await publishNeedsReview(req)))
    throw new EditorPublishRefused()
  return args
}
