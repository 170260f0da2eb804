import type { SanitizedConfig } from 'payload'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import type { Settings } from './settings'

import { malOchBudgetPlugin } from 'mal-och-budget'

import { createDatabaseAdapter } from './database'
import { loadOrCreateDevSecret } from './devSecret'
import { createEmailAdapter } from './email/createEmailAdapter'
import { loggerConfig } from './logging/loggerConfig'
import { createRateLimitStore } from './rateLimitStore'
import { CLIENT_ADDRESS_HEADER } from './server/clientAddress'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

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
export const buildAppConfig = async (settings: Settings): Promise<SanitizedConfig> => {
  return buildConfig({
    admin: {
      avatar: 'default',
      // 24-hour times and ISO dates, as Swedish offices write them.
      dateFormat: 'yyyy-MM-dd HH:mm',
      importMap: {
        baseDir: root,
        importMapFile: path.resolve(root, 'app/(payload)/admin/importMap.js'),
      },
      timezones: {
        defaultTimezone: 'Europe/Stockholm',
        supportedTimezones: [{ label: 'Stockholm', value: 'Europe/Stockholm' }],
      },
      meta: {
        defaultOGImageType: 'off',
        description: 'Mål och budget – kommunens mål, budget och uppföljning',
        titleSuffix: '– Mål och budget',
      },
    },
    db: await createDatabaseAdapter(settings.database),
    editor: lexicalEditor(),
    email: createEmailAdapter(settings.email),
    graphQL: { disablePlaygroundInProduction: true },
    i18n: {
      fallbackLanguage: 'sv',
      supportedLanguages: { en, sv },
    },
    logger: loggerConfig(settings),
    plugins: [
      malOchBudgetPlugin({
        // server.ts puts the address Express trusts in this header on every request.
        clientAddressHeader: CLIENT_ADDRESS_HEADER,
        feedback: settings.feedback,
        indicators: settings.indicators,
        jobs: { autoRun: settings.jobs.autorun, intervalSeconds: settings.jobs.intervalSeconds },
        organisationName: settings.organisationName,
        // Sign-in, reset and feedback limits for the whole cluster (Redis or PostgreSQL).
        rateLimitStore: createRateLimitStore(settings),
        publicApi: settings.publicApi,
        uploadDir: settings.uploadDir,
      }),
    ],
    secret: resolveSecret(settings),
    // The admin's session is refused for an origin not listed: in development the server answers
    // at both loopback names, whichever a person opens.
    csrf: settings.isProduction
      ? [settings.serverUrl]
      : [
          settings.serverUrl,
          `http://localhost:${settings.port}`,
          `http://127.0.0.1:${settings.port}`,
        ],
    serverURL: settings.serverUrl,
    sharp,
    telemetry: false,
    typescript: {
      autoGenerate: false,
      // No `declare module 'payload'`: the plugin's code, compiled in this repository too, is
      // checked against its own types (renamed slugs are strings), never against this app's.
      declare: false,
      outputFile: path.resolve(root, 'host/payload-types.ts'),
    },
  })
}
