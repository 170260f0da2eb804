import type { GlobalConfig } from 'payload'

import { nobody } from '../access/nobody'

/** Slug of the marker that changes whenever anything on a public page changes. */
export const PUBLIC_CHANGE_MARKER_SLUG = 'public-change-marker'

/**
 * One small row shared by all server processes: every change that reaches a public page writes a
 * new token here, and a process checks it (at most once a second) before serving a cached page.
 */
export const PublicChangeMarker: GlobalConfig = {
  slug: PUBLIC_CHANGE_MARKER_SLUG,
  access: { read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [{ name: 'token', type: 'text' }],
}
