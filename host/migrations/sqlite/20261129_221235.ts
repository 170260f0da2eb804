import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`appearance_logo_id\` integer REFERENCES media(id);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`appearance_primary_color\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`appearance_accent_color\` text;`)
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`appearance_font_stack\` text DEFAULT 'system';`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_appearance_appearance_logo_idx\` ON \`site_settings\` (\`appearance_logo_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_name\` text DEFAULT 'Hedemora kommun' NOT NULL,
  	\`contact_phone\` text,
  	\`data_protection_url\` text,
  	\`notice_version\` numeric,
  	\`notice_date\` text,
  	\`accessibility_statement_url\` text,
  	\`open_data_licence_name\` text DEFAULT 'CC0 1.0' NOT NULL,
  	\`open_data_licence_url\` text,
  	\`retention_personal_data_months\` numeric DEFAULT 12 NOT NULL,
  	\`retention_record_months\` numeric DEFAULT 24 NOT NULL,
  	\`kolada_municipality_id\` text,
  	\`kolada_group_id\` text,
  	\`kolada_group_title\` text,
  	\`review_workflow\` integer DEFAULT true,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings\`("id", "organisation_name", "contact_phone", "data_protection_url", "notice_version", "notice_date", "accessibility_statement_url", "open_data_licence_name", "open_data_licence_url", "retention_personal_data_months", "retention_record_months", "kolada_municipality_id", "kolada_group_id", "kolada_group_title", "review_workflow", "updated_at", "created_at") SELECT "id", "organisation_name", "contact_phone", "data_protection_url", "notice_version", "notice_date", "accessibility_statement_url", "open_data_licence_name", "open_data_licence_url", "retention_personal_data_months", "retention_record_months", "kolada_municipality_id", "kolada_group_id", "kolada_group_title", "review_workflow", "updated_at", "created_at" FROM \`site_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
