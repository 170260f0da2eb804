import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`topic\` text DEFAULT 'content' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`feedback_topic_idx\` ON \`feedback\` (\`topic\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_compliance\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_assessment_method\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`accessibility_assessed_on\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`accessibility_shortcomings\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`accessibility_how_to_report\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`feedback_topic_idx\`;`)
  await db.run(sql`ALTER TABLE \`feedback\` DROP COLUMN \`topic\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_compliance\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_assessment_method\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`accessibility_assessed_on\`;`)
  await db.run(
    sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`accessibility_shortcomings\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`accessibility_how_to_report\`;`,
  )
}
