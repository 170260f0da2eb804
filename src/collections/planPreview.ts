import type { LivePreviewConfig } from 'payload'

import type { SanitizedOptions } from '../options/types'

import { idOf } from '../lib/idOf'

/**
 * The admin's live preview: the plan's page with the drafts, refreshed on every save (see
 * RefreshOnSave) — for a plan its own page, for a goal, initiative or savings measure the page of
 * its plan, so a reviewer sees the draft where the public would.
 */
export const planPreview = (
  { publicPath, serverUrl, slugs }: SanitizedOptions,
  page: 'of its plan' | 'own',
): LivePreviewConfig => ({
  breakpoints: [
    { name: 'mobile', height: 740, label: 'Mobil', width: 375 },
    { name: 'desktop', height: 900, label: 'Dator', width: 1280 },
  ],
  url: async ({ data, req }) => {
    if (page === 'own') return `${serverUrl}${publicPath}/${data?.year ?? ''}?preview`
    const planId = idOf(data?.plan)
    if (planId === undefined) return null
    const { docs } = await req.payload.find({
      collection: slugs.budgetPlans,
      depth: 0,
      draft: true,
      limit: 1,
      overrideAccess: true,
      req,
      where: { id: { equals: planId } },
    })
    return docs[0] ? `${serverUrl}${publicPath}/${docs[0].year}?preview` : null
  },
})
