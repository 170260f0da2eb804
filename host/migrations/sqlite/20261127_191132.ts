import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`focus_areas_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`focus_areas_review_log_order_idx\` ON \`focus_areas_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`focus_areas_review_log_parent_id_idx\` ON \`focus_areas_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`focus_areas_review_log_by_idx\` ON \`focus_areas_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_focus_areas_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_review_log_order_idx\` ON \`_focus_areas_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_review_log_parent_id_idx\` ON \`_focus_areas_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_review_log_by_idx\` ON \`_focus_areas_v_version_review_log\` (\`by_id\`);`,
  )
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
  await db.run(sql`ALTER TABLE \`focus_areas\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(
    sql`CREATE INDEX \`focus_areas_review_state_idx\` ON \`focus_areas\` (\`review_state\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_focus_areas_v\` ADD \`version_review_state\` text DEFAULT 'draft';`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version_review_state_idx\` ON \`_focus_areas_v\` (\`version_review_state\`);`,
  )
  // Review before publishing is now on by default. The "off" stored so far came from the old
  // default, not from an admin's choice, so existing sites are switched on too.
  await db.run(sql`UPDATE \`site_settings\` SET \`review_workflow\` = true;`)
  // What is published has passed whatever review there was: show it as "Godkänd/Publicerad".
  for (const table of ['budget_plans', 'focus_areas', 'goals', 'initiatives', 'savings_measures']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`review_state\` = 'approved' WHERE \`_status\` = 'published' AND (\`review_state\` IS NULL OR \`review_state\` = 'draft');`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`focus_areas_review_log\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_version_review_log\`;`)
  await db.run(sql`DROP INDEX \`focus_areas_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`focus_areas\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`DROP INDEX \`_focus_areas_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_focus_areas_v\` DROP COLUMN \`version_review_state\`;`)
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
  	\`review_workflow\` integer DEFAULT false,
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
