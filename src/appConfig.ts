import type { SanitizedConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import type { Settings } from './lib/settings'

import { createDatabaseAdapter } from './database'
import { loadOrCreateDevSecret } from './lib/devSecret'
import { malOchBudgetPlugin } from './plugin'

const srcDir = path.dirname(fileURLToPath(import.meta.url))

const isBuildPhase = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

const resolveSecret = (settings: Settings): string => {
  if (settings.secret) return settings.secret
  // `next build` evaluates the config but serves nothing, so it needs no real secret.
  if (isBuildPhase()) return 'build-time-placeholder-never-used-to-sign-anything'
  const dataDir =
    settings.database.kind === 'sqlite'
      ? path.dirname(settings.database.filePath)
      : path.resolve('data')
  const { created, file, secret } = loadOrCreateDevSecret(dataDir)
  if (created) {
    console.warn(
      `[mal-och-budget] PAYLOAD_SECRET is not set: generated a development secret in ${file}. ` +
        'Set PAYLOAD_SECRET in production.',
    )
  }
  return secret
}

/** The whole Payload config of the app, built from checked settings (see `readSettings`). */
export const buildAppConfig = (settings: Settings): Promise<SanitizedConfig> =>
  buildConfig({
    admin: {
      avatar: 'default',
      importMap: {
        baseDir: srcDir,
        importMapFile: path.resolve(srcDir, 'app/(payload)/admin/importMap.js'),
      },
      meta: {
        defaultOGImageType: 'off',
        description: 'Mål och budget – kommunens mål, budget och uppföljning',
        titleSuffix: '– Mål och budget',
      },
    },
    db: createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    graphQL: { disablePlaygroundInProduction: true },
    i18n: {
      fallbackLanguage: 'sv',
      supportedLanguages: { en, sv },
    },
    plugins: [malOchBudgetPlugin({ uploadDir: settings.uploadDir })],
    secret: resolveSecret(settings),
    serverURL: settings.serverUrl,
    sharp,
    telemetry: false,
    typescript: {
      autoGenerate: false,
      outputFile: path.resolve(srcDir, 'payload-types.ts'),
    },
  })
