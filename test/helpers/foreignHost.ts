import type { Config, SanitizedConfig } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
// The plugin exactly as another municipality installs it: by the package name, through `exports`.
import { malOchBudgetPlugin } from 'mal-och-budget'
import { buildConfig } from 'payload'
import pg from 'pg'

/**
 * The test drops a host's database while its pool still holds idle connections: PostgreSQL ends
 * them, and the pool reports that as an error event, which must not end the test process.
 */
class ListeningPool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super(options)
    this.on('error', () => undefined)
  }
}

/**
 * Another municipality's Payload site, written here and not by this app: its own `users` (with a
 * field of its own), an unrelated `pages` collection, Swedish only, no Express — and the plugin.
 */
export const foreignHostConfig = ({
  databaseUrl,
  disabled = false,
  uploadDir,
}: {
  databaseUrl: string
  disabled?: boolean
  uploadDir: string
}): Promise<SanitizedConfig> => {
  const config: Config = {
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [{ name: 'department', type: 'text' }],
      },
      {
        slug: 'pages',
        access: { read: () => true },
        fields: [{ name: 'heading', type: 'text', required: true }],
      },
    ],
    db: databaseUrl.startsWith('mongodb')
      ? mongooseAdapter({ url: databaseUrl })
      : databaseUrl.startsWith('postgres')
        ? postgresAdapter({
            pg: { ...pg, Pool: ListeningPool },
            pool: { connectionString: databaseUrl },
          })
        : sqliteAdapter({ client: { url: databaseUrl } }),
    editor: lexicalEditor(),
    localization: { defaultLocale: 'sv', locales: ['sv'] },
    plugins: [
      malOchBudgetPlugin({
        disabled,
        organisationName: 'Exempelby kommun',
        publicPath: '/budget',
        uploadDir,
      }),
    ],
    secret: 'foreign-host-secret-0123456789abcdef0123',
    telemetry: false,
    typescript: { autoGenerate: false },
  }
  return buildConfig(config)
}

/** The Local API without this app's generated types: the foreign host's collections differ. */
export type UntypedLocalAPI = {
  count: (args: { collection: string }) => Promise<{ totalDocs: number }>
  create: (args: {
    collection: string
    data: Record<string, unknown>
  }) => Promise<Record<string, unknown>>
}

/** The foreign host's Local API, typed loosely. */
export const untyped = (payload: unknown): UntypedLocalAPI => payload as UntypedLocalAPI
