import type { Payload } from 'payload'

import { checkQueryArgs } from './checkQueryArgs'

/**
 * Payload's own collections (jobs, locked documents, preferences…) are added after every plugin
 * has run: at start they get the same check of ids, filters and bodies as ours, so a malformed id
 * is a 404 and a bad filter a 400 there too, never a failing database query.
 */
export const checkSystemQueries = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks.beforeOperation ??= [])
    if (!hooks.includes(checkQueryArgs)) hooks.unshift(checkQueryArgs)
  }
}
