import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings_locales\` ADD \`feedback_form_privacy\` text DEFAULT 'Din synpunkt skickas till den som ansvarar för sidan och används för att förbättra webbplatsen och, om du anger din e-postadress, för att svara dig. Synpunkter till kommunen blir allmänna handlingar. Namn och e-postadress raderas efter {personalDataMonths} månader och själva synpunkten efter {recordMonths} månader.';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`feedback_form_privacy\`;`)
}
