// A new Payload 3 site of another municipality, as its developers write it: its own `users` with a
// field of its own, an unrelated `pages` collection, SQLite, Swedish only — and the plugin,
// installed from its package. (The fresh-site test copies this folder outside the repository.)
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { malOchBudgetPlugin } from 'mal-och-budget'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { importMap: { baseDir: dirname } },
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
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URL ?? 'file:./site.db' } }),
  editor: lexicalEditor(),
  localization: { defaultLocale: 'sv', locales: ['sv'] },
  plugins: [
    malOchBudgetPlugin({
      organisationName: 'Exempelby kommun',
      publicPath: '/budget',
      uploadDir: path.join(dirname, 'uploads'),
    }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'exempelby-secret-0123456789abcdef0123456789',
  telemetry: false,
  typescript: { autoGenerate: false, outputFile: path.join(dirname, 'payload-types.ts') },
})
