import type { CollectionSlug, PayloadRequest } from 'payload'

import { restoreVersionOperation } from 'payload'

import type { ReviewLogEntry } from './workflowStep'

import { newestVersionsOf, type PinnedVersion, storedVersionOf } from './pinnedVersions'
import { asStep } from './workflowStep'
import { WorkflowRefused } from './WorkflowRefused'

const restore = (req: PayloadRequest, pinned: PinnedVersion, draft: boolean) =>
  restoreVersionOperation({
    id: pinned.version,
    collection: req.payload.collections[pinned.collection as CollectionSlug],
    depth: 0,
    draft,
    overrideAccess: true,
    req,
  })

/**
 * Publishes exactly the approved versions — never "the latest": each is checked against the hash
 * it was approved with, then restored as the published document. An edit made after the approval
 * (possible while a scheduled approval waits) stays the latest draft, for a review of its own.
 * Throws `WorkflowRefused` (409) before publishing anything when a version is gone or differs.
 */
export const publishPinned = async (
  req: PayloadRequest,
  pinned: readonly PinnedVersion[],
  entry: ReviewLogEntry,
): Promise<void> => {
  for (const version of pinned) {
    const stored = await storedVersionOf(req, version)
    if (stored?.hash !== version.hash) {
      throw new WorkflowRefused(
        'Den godkända versionen finns inte längre som den godkändes; skicka dokumentet för granskning igen / The approved version is no longer stored as approved; send it for review again',
        409,
      )
    }
  }
  for (const version of pinned) {
    const base = { collection: version.collection, entry, id: version.id } as const
    await asStep(
      req,
      {
        ...base,
        pin: null,
        publish: true,
        scheduled: null,
        state: 'approved',
        version: version.version,
      },
      () => restore(req, version, false),
    )
    // An edit saved after the submission — before this step, or while it ran (its save read the
    // state before this step changed it) — stays the latest draft, for a review of its own: the
    // newest version is the one just published, the one before it that edit. Read after the
    // publish, not before: an edit that landed in between was lost from the draft.
    const [newest, previous] = await newestVersionsOf(req, version.collection, version.id, 2)
    if (
      newest?.hash === version.hash &&
      previous &&
      previous.status !== 'published' &&
      previous.hash !== version.hash
    ) {
      const kept: ReviewLogEntry = {
        ...entry,
        comment:
          'Ändringarna efter godkännandet finns kvar som utkast / The changes made after the approval remain as a draft',
        from: 'approved',
        to: 'draft',
      }
      await asStep(
        req,
        { ...base, entry: kept, state: 'restored', version: previous.version },
        () => restore(req, previous, true),
      )
    }
  }
}
