import type { Config, Plugin } from 'payload'

import type { MalOchBudgetPluginOptions } from './types'

import { createUsersCollection, USERS_SLUG } from '../collections/Users'
import { createSiteSettingsGlobal } from '../globals/SiteSettings'
import { sanitizeOptions } from './defaults'

/**
 * The Mål och budget plugin: brings the staff users, the site settings and (as they are built)
 * the content model for a municipality's yearly goals and budget.
 */
export const malOchBudgetPlugin =
  (options: MalOchBudgetPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const sanitized = sanitizeOptions(options)
    const collections = config.collections ?? []
    const globals = config.globals ?? []
    if (collections.some((collection) => collection.slug === USERS_SLUG)) {
      throw new Error(
        `[mal-och-budget] the config already has a "${USERS_SLUG}" collection; remove it (the plugin brings it).`,
      )
    }
    return {
      ...config,
      admin: { ...config.admin, user: config.admin?.user ?? USERS_SLUG },
      collections: [...collections, createUsersCollection(sanitized)],
      globals: [...globals, createSiteSettingsGlobal(sanitized)],
    }
  }
