/**
 * `npm run seed [-- --allow-production]`: loads and publishes the Hedemora 2021 content into the
 * database that `DATABASE_URL` names, creates an admin from SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD
 * when both are set, and prints what it did and how to log in.
 */
import { getPayload } from 'payload'

import { buildAppConfig } from '../config'
import { ConfigError } from '../ConfigError'
import { readSettings } from '../settings'
import { seedHedemora } from './seedHedemora'
import { DEFAULT_SLUGS, recordQueuedPublications } from 'mal-och-budget'

const main = async (): Promise<number> => {
  const settings = readSettings()
  if (settings.isProduction && !process.argv.includes('--allow-production')) {
    console.error(
      '[mal-och-budget] refusing to seed a production database (NODE_ENV=production). ' +
        'Run `npm run seed -- --allow-production` if you mean it. / Vägrar fylla en produktionsdatabas utan flaggan --allow-production.',
    )
    return 1
  }
  const payload = await getPayload({ config: await buildAppConfig(settings) })
  try {
    const report = await seedHedemora(payload)
    for (const item of report.created) console.log(`  skapad / created:   ${item}`)
    console.log(
      `Seed: ${report.created.length} created, ${report.existing.length} already there (${settings.database.kind}).`,
    )
    // The feeds' record of each page the seed published, made now: the feeds list them at once,
    // and the first server start has none to run.
    const unrecorded = await recordQueuedPublications(payload)
    if (unrecorded > 0) {
      console.error(
        `Seed: ${unrecorded} feed record(s) failed; the job runner retries them. / ${unrecorded} flödesposter misslyckades; jobbköraren försöker igen.`,
      )
    }

    const email = process.env.SEED_ADMIN_EMAIL?.trim()
    const password = process.env.SEED_ADMIN_PASSWORD
    if (email && password) {
      const { totalDocs } = await payload.count({
        collection: DEFAULT_SLUGS.users,
        where: { email: { equals: email } },
      })
      if (totalDocs === 0) {
        await payload.create({
          collection: DEFAULT_SLUGS.users,
          data: { email, name: 'Administratör', password, roles: ['admin'] },
        })
        console.log('Seed: created the admin account from SEED_ADMIN_EMAIL.')
      }
    }

    const { totalDocs: users } = await payload.count({ collection: DEFAULT_SLUGS.users })
    console.log(
      users === 0
        ? `Admin: open ${settings.serverUrl}/admin and create the first user (it becomes an administrator). / Skapa den första användaren på ${settings.serverUrl}/admin.`
        : `Admin: log in at ${settings.serverUrl}/admin with your account.`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  },
)
