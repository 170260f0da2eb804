import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`budget_plans_locales\` ADD \`easy_read\` text;`)
  await db.run(sql`ALTER TABLE \`_budget_plans_v_locales\` ADD \`version_easy_read\` text;`)
  await db.run(sql`ALTER TABLE \`goals_locales\` ADD \`easy_read\` text;`)
  await db.run(sql`ALTER TABLE \`_goals_v_locales\` ADD \`version_easy_read\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`budget_plans_locales\` DROP COLUMN \`easy_read\`;`)
  await db.run(sql`ALTER TABLE \`_budget_plans_v_locales\` DROP COLUMN \`version_easy_read\`;`)
  await db.run(sql`ALTER TABLE \`goals_locales\` DROP COLUMN \`easy_read\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v_locales\` DROP COLUMN \`version_easy_read\`;`)
}
