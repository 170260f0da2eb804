import type { CollectionConfig, Config, Plugin } from 'payload'

import type { MalOchBudgetPluginOptions } from './options/types'

import { BudgetPlans } from './collections/BudgetPlans'
import { createDocumentsCollection } from './collections/Documents'
import { createFeedbackCollection } from './collections/Feedback'
import { FocusAreas } from './collections/FocusAreas'
import { GdprRequests } from './collections/GdprRequests'
import { Goals } from './collections/Goals'
import { Initiatives } from './collections/Initiatives'
import { JobLeases } from './collections/JobLeases'
import { createMediaCollection } from './collections/Media'
import { SavingsMeasures } from './collections/SavingsMeasures'
import { SLUGS } from './collections/slugs'
import { createUsersCollection, USERS_SLUG } from './collections/Users'
import { PublicChangeMarker } from './publicPage/PublicChangeMarker'
import { createSiteSettingsGlobal } from './globals/SiteSettings'
import { answerExpectedErrors } from './hooks/answerExpectedErrors'
import { checkQueryArgs } from './hooks/checkQueryArgs'
import { sanitizeOptions } from './options/defaults'

/** Every collection checks the filter, page and id a request carries before anything else. */
const withQueryChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [checkQueryArgs, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/** Swedish first, English second; a missing English text falls back to the Swedish one. */
export const LOCALIZATION: NonNullable<Config['localization']> = {
  defaultLocale: 'sv',
  fallback: true,
  locales: [
    { code: 'sv', label: 'Svenska' },
    { code: 'en', label: 'English' },
  ],
}

/**
 * The Mål och budget plugin: staff users, site settings and the content model with which a
 * municipality publishes its yearly goals and budget.
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
      admin: {
        ...config.admin,
        livePreview: config.admin?.livePreview ?? {
          breakpoints: [
            { name: 'mobile', height: 740, label: 'Mobil', width: 375 },
            { name: 'desktop', height: 900, label: 'Dator', width: 1280 },
          ],
          collections: [SLUGS.budgetPlans],
          url: ({ data }) => `${config.serverURL ?? ''}/mal-och-budget/${data?.year ?? ''}?preview`,
        },
        user: config.admin?.user ?? USERS_SLUG,
      },
      collections: [
        ...collections,
        BudgetPlans,
        FocusAreas,
        Goals,
        Initiatives,
        SavingsMeasures,
        createFeedbackCollection(config.serverURL ?? ''),
        createMediaCollection(sanitized.uploadDir),
        createDocumentsCollection(
          sanitized.uploadDir,
          sanitized.maxDocumentMegabytes * 1024 * 1024,
        ),
        createUsersCollection(sanitized, {
          secureCookies: (config.serverURL ?? '').startsWith('https://'),
        }),
        JobLeases,
        GdprRequests,
      ].map(withQueryChecks),
      globals: [...globals, createSiteSettingsGlobal(sanitized), PublicChangeMarker],
      hooks: {
        ...config.hooks,
        afterError: [...(config.hooks?.afterError ?? []), answerExpectedErrors],
      },
      localization: config.localization || LOCALIZATION,
    }
  }
