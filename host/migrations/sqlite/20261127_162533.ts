import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`goals_indicators_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`value\` numeric,
  	\`national\` numeric,
  	\`group\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`goals_indicators_figures_order_idx\` ON \`goals_indicators_figures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goals_indicators_figures_parent_id_idx\` ON \`goals_indicators_figures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goals_v_version_indicators_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`value\` numeric,
  	\`national\` numeric,
  	\`group\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v_version_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_indicators_figures_order_idx\` ON \`_goals_v_version_indicators_figures\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_indicators_figures_parent_id_idx\` ON \`_goals_v_version_indicators_figures\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`indicator_series\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kpi_id\` text NOT NULL,
  	\`title\` text,
  	\`gender_divided\` integer,
  	\`latest_year\` numeric,
  	\`points\` text,
  	\`fetched_at\` text,
  	\`checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`indicator_series_kpi_id_idx\` ON \`indicator_series\` (\`kpi_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_series_updated_at_idx\` ON \`indicator_series\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_series_created_at_idx\` ON \`indicator_series\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`indicator_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`trigger\` text NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`kpis\` text,
  	\`change_count\` numeric,
  	\`error_count\` numeric,
  	\`summary\` text,
  	\`changes\` text,
  	\`errors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`indicator_imports_updated_at_idx\` ON \`indicator_imports\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_imports_created_at_idx\` ON \`indicator_imports\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`indicator_alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`goal_id\` integer,
  	\`indicator_name\` text,
  	\`kpi_id\` text,
  	\`reason\` text NOT NULL,
  	\`message\` text,
  	\`sent_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`indicator_alerts_key_idx\` ON \`indicator_alerts\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_alerts_goal_idx\` ON \`indicator_alerts\` (\`goal_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_alerts_updated_at_idx\` ON \`indicator_alerts\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`indicator_alerts_created_at_idx\` ON \`indicator_alerts\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`goals_indicators\` ADD \`use_kolada\` integer DEFAULT true;`)
  // The typed "latest value" and "national average" become the indicator's own figure for that year.
  await db.run(sql`INSERT INTO \`goals_indicators_figures\` (\`_order\`, \`_parent_id\`, \`id\`, \`year\`, \`value\`, \`national\`)
    SELECT 1, \`id\`, lower(hex(randomblob(12))), \`latest_year\`, \`latest_value\`,
      CASE WHEN \`national_average_year\` = \`latest_year\` THEN \`national_average_value\` END
    FROM \`goals_indicators\` WHERE \`latest_value\` IS NOT NULL AND \`latest_year\` IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` DROP COLUMN \`latest_value\`;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` DROP COLUMN \`latest_year\`;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` DROP COLUMN \`national_average_value\`;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` DROP COLUMN \`national_average_year\`;`)
  await db.run(
    sql`ALTER TABLE \`_goals_v_version_indicators\` ADD \`use_kolada\` integer DEFAULT true;`,
  )
  await db.run(sql`INSERT INTO \`_goals_v_version_indicators_figures\` (\`_order\`, \`_parent_id\`, \`year\`, \`value\`, \`national\`, \`_uuid\`)
    SELECT 1, \`id\`, \`latest_year\`, \`latest_value\`,
      CASE WHEN \`national_average_year\` = \`latest_year\` THEN \`national_average_value\` END,
      lower(hex(randomblob(12)))
    FROM \`_goals_v_version_indicators\` WHERE \`latest_value\` IS NOT NULL AND \`latest_year\` IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_goals_v_version_indicators\` DROP COLUMN \`latest_value\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v_version_indicators\` DROP COLUMN \`latest_year\`;`)
  await db.run(
    sql`ALTER TABLE \`_goals_v_version_indicators\` DROP COLUMN \`national_average_value\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`_goals_v_version_indicators\` DROP COLUMN \`national_average_year\`;`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicator_series_id\` integer REFERENCES indicator_series(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicator_imports_id\` integer REFERENCES indicator_imports(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`indicator_alerts_id\` integer REFERENCES indicator_alerts(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_indicator_series_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_series_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_indicator_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_imports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_indicator_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`indicator_alerts_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`kolada_municipality_id\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`kolada_group_id\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`kolada_group_title\` text;`)
  await db.run(sql`ALTER TABLE \`goals\` DROP COLUMN \`status\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` DROP COLUMN \`version_status\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`goals_indicators_figures\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_version_indicators_figures\`;`)
  await db.run(sql`DROP TABLE \`indicator_series\`;`)
  await db.run(sql`DROP TABLE \`indicator_imports\`;`)
  await db.run(sql`DROP TABLE \`indicator_alerts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`budget_plans_id\` integer,
  	\`focus_areas_id\` integer,
  	\`goals_id\` integer,
  	\`initiatives_id\` integer,
  	\`savings_measures_id\` integer,
  	\`feedback_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`users_id\` integer,
  	\`job_leases_id\` integer,
  	\`gdpr_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_plans_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`savings_measures_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gdpr_requests_id\`) REFERENCES \`gdpr_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "budget_plans_id", "focus_areas_id", "goals_id", "initiatives_id", "savings_measures_id", "feedback_id", "media_id", "documents_id", "users_id", "job_leases_id", "gdpr_requests_id") SELECT "id", "order", "parent_id", "path", "budget_plans_id", "focus_areas_id", "goals_id", "initiatives_id", "savings_measures_id", "feedback_id", "media_id", "documents_id", "users_id", "job_leases_id", "gdpr_requests_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_budget_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`budget_plans_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_focus_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_initiatives_id_idx\` ON \`payload_locked_documents_rels\` (\`initiatives_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_savings_measures_id_idx\` ON \`payload_locked_documents_rels\` (\`savings_measures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_job_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_leases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_gdpr_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`gdpr_requests_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`goals_indicators\` ADD \`latest_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` ADD \`latest_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` ADD \`national_average_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` ADD \`national_average_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`goals_indicators\` DROP COLUMN \`use_kolada\`;`)
  await db.run(sql`ALTER TABLE \`goals\` ADD \`status\` text DEFAULT 'no_data';`)
  await db.run(sql`ALTER TABLE \`_goals_v_version_indicators\` ADD \`latest_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`_goals_v_version_indicators\` ADD \`latest_year\` numeric;`)
  await db.run(
    sql`ALTER TABLE \`_goals_v_version_indicators\` ADD \`national_average_value\` numeric;`,
  )
  await db.run(
    sql`ALTER TABLE \`_goals_v_version_indicators\` ADD \`national_average_year\` numeric;`,
  )
  await db.run(sql`ALTER TABLE \`_goals_v_version_indicators\` DROP COLUMN \`use_kolada\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_status\` text DEFAULT 'no_data';`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`kolada_municipality_id\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`kolada_group_id\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`kolada_group_title\`;`)
}
