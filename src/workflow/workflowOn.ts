import type { PayloadRequest } from 'payload'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

/** Whether the site's review workflow is on (site settings › Granskning före publicering; on by default). */
export const workflowOn = async (req: PayloadRequest): Promise<boolean> => {
  const settings = await req.payload.findGlobal({
    slug: pluginOptionsOf(req.payload.config).slugs.siteSettings,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // On unless an admin has switched it off: a site whose settings were never saved reviews too.
  return settings.reviewWorkflow !== false
}
