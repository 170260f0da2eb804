import { useTranslation } from '@payloadcms/ui'

import type { PluginTranslationKeys, PluginTranslations } from './translations'

/** The plugin's words in the admin, in the signed-in person's language (client components). */
export const useWords = () => useTranslation<PluginTranslations, PluginTranslationKeys>()
