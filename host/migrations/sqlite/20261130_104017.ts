import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`follow_up_reports\` ADD \`reminder_sent_for\` text;`)
  await db.run(sql`ALTER TABLE \`_follow_up_reports_v\` ADD \`version_reminder_sent_for\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`follow_up_reports\` DROP COLUMN \`reminder_sent_for\`;`)
  await db.run(sql`ALTER TABLE \`_follow_up_reports_v\` DROP COLUMN \`version_reminder_sent_for\`;`)
}
