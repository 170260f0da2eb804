import type { PayloadRequest } from 'payload'

import type { PinnedVersion } from './pinnedVersions'

import { latestDraftOf } from '../endpoints/latestDraftOf'
import { publicationProblems } from '../quality/checkPublication'
import { qualityKindOf } from '../quality/qualityKindOf'
import { qualityRefusal } from '../quality/qualityRefusal'
import { titleOf } from './titleOf'
import { WorkflowRefused } from './WorkflowRefused'

/**
 * Before an approval publishes anything: every version it would publish meets the quality gate,
 * or nothing is published and the reviewer is told each problem (400). The gate runs again on each
 * publish; asking first keeps a plan and what it carries from being published in part.
 */
export const refuseLowQuality = async (
  req: PayloadRequest,
  versions: readonly PinnedVersion[],
): Promise<void> => {
  for (const version of versions) {
    const kind = qualityKindOf(req.payload, version.collection)
    const doc = kind && (await latestDraftOf(req, version.collection, version.id))
    if (!kind || !doc) continue
    // The images and documents as they will be: their pending drafts are published with it.
    const problems = await publicationProblems(req, kind, Object.fromEntries(Object.entries(doc)), {
      latestFiles: true,
    })
    if (problems.length > 0) {
      const which = versions.length > 1 ? `"${titleOf(doc)}": ` : ''
      throw new WorkflowRefused(`${which}${qualityRefusal(problems)}`, 400)
    }
  }
}
