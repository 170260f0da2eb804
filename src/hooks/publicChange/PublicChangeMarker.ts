import type { GlobalConfig } from 'payload'

import type { Slugs } from '../../options/types'

import { nobody } from '../../access/nobody'

/**
 * One small row shared by all server processes: every change that reaches a public page writes a
 * new token here, and a process checks it (at most once a second) before serving a cached page.
 */
export const createPublicChangeMarker = (slugs: Slugs): GlobalConfig => ({
  slug: slugs.publicChangeMarker,
  access: { read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [{ name: 'token', type: 'text' }],
})
