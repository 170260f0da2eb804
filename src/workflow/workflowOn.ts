import type { PayloadRequest } from 'payload'

import { pluginOptionsOf } from '../options/pluginOptionsOf'

// One answer per request: access, beforeOperation and beforeChange all ask during one save, and
// the admin asks for every collection when it works out what to offer.
const answered = new WeakMap<PayloadRequest, Promise<boolean>>()

const readSetting = async (req: PayloadRequest): Promise<boolean> => {
  const settings = await req.payload.findGlobal({
    slug: pluginOptionsOf(req.payload.config).slugs.siteSettings,
    depth: 0,
    overrideAccess: true,
    req,
  })
  // On unless an admin has switched it off: a site whose settings were never saved reviews too.
  return settings.reviewWorkflow !== false
}

/** Whether the site's review workflow is on (site settings › Granskning före publicering; on by default). */
export const workflowOn = (req: PayloadRequest): Promise<boolean> => {
  const known = answered.get(req)
  if (known) return known
  const asked = readSetting(req)
  answered.set(req, asked)
  return asked
}
