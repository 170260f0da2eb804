import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`follow_up_reports_initiatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`initiative_id\` integer,
  	\`state\` text,
  	\`progress\` numeric,
  	FOREIGN KEY (\`initiative_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_initiatives_order_idx\` ON \`follow_up_reports_initiatives\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_initiatives_parent_id_idx\` ON \`follow_up_reports_initiatives\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_initiatives_initiative_idx\` ON \`follow_up_reports_initiatives\` (\`initiative_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports_initiatives_locales\` (
  	\`comment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports_initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`follow_up_reports_initiatives_locales_locale_parent_id_uniqu\` ON \`follow_up_reports_initiatives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports_savings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure_id\` integer,
  	\`planned\` numeric,
  	\`realised\` numeric,
  	FOREIGN KEY (\`measure_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_savings_order_idx\` ON \`follow_up_reports_savings\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_savings_parent_id_idx\` ON \`follow_up_reports_savings\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_savings_measure_idx\` ON \`follow_up_reports_savings\` (\`measure_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`committee\` text,
  	\`kind\` text DEFAULT 'drift',
  	\`budget\` numeric,
  	\`outcome\` numeric,
  	\`forecast\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_outcomes_order_idx\` ON \`follow_up_reports_outcomes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_outcomes_parent_id_idx\` ON \`follow_up_reports_outcomes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports_outcomes_locales\` (
  	\`comment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`follow_up_reports_outcomes_locales_locale_parent_id_unique\` ON \`follow_up_reports_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_review_log_order_idx\` ON \`follow_up_reports_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_review_log_parent_id_idx\` ON \`follow_up_reports_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_review_log_by_idx\` ON \`follow_up_reports_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`period_name\` text,
  	\`period_end\` text,
  	\`deadline\` text,
  	\`budgeted_result\` numeric,
  	\`result\` numeric,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_pin\` text,
  	\`scheduled_publish\` text,
  	\`plan_id\` integer,
  	\`published_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_review_state_idx\` ON \`follow_up_reports\` (\`review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_plan_idx\` ON \`follow_up_reports\` (\`plan_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_published_by_idx\` ON \`follow_up_reports\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_updated_at_idx\` ON \`follow_up_reports\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports_created_at_idx\` ON \`follow_up_reports\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`follow_up_reports__status_idx\` ON \`follow_up_reports\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`follow_up_reports_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`follow_up_reports_locales_locale_parent_id_unique\` ON \`follow_up_reports_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_version_initiatives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`initiative_id\` integer,
  	\`state\` text,
  	\`progress\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`initiative_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_initiatives_order_idx\` ON \`_follow_up_reports_v_version_initiatives\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_initiatives_parent_id_idx\` ON \`_follow_up_reports_v_version_initiatives\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_initiatives_initiative_idx\` ON \`_follow_up_reports_v_version_initiatives\` (\`initiative_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_version_initiatives_locales\` (
  	\`comment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v_version_initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_follow_up_reports_v_version_initiatives_locales_locale_pare\` ON \`_follow_up_reports_v_version_initiatives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_version_savings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`measure_id\` integer,
  	\`planned\` numeric,
  	\`realised\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`measure_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_savings_order_idx\` ON \`_follow_up_reports_v_version_savings\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_savings_parent_id_idx\` ON \`_follow_up_reports_v_version_savings\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_savings_measure_idx\` ON \`_follow_up_reports_v_version_savings\` (\`measure_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`committee\` text,
  	\`kind\` text DEFAULT 'drift',
  	\`budget\` numeric,
  	\`outcome\` numeric,
  	\`forecast\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_outcomes_order_idx\` ON \`_follow_up_reports_v_version_outcomes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_outcomes_parent_id_idx\` ON \`_follow_up_reports_v_version_outcomes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_version_outcomes_locales\` (
  	\`comment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_follow_up_reports_v_version_outcomes_locales_locale_parent_\` ON \`_follow_up_reports_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_review_log_order_idx\` ON \`_follow_up_reports_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_review_log_parent_id_idx\` ON \`_follow_up_reports_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_review_log_by_idx\` ON \`_follow_up_reports_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_period_name\` text,
  	\`version_period_end\` text,
  	\`version_deadline\` text,
  	\`version_budgeted_result\` numeric,
  	\`version_result\` numeric,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_pin\` text,
  	\`version_scheduled_publish\` text,
  	\`version_plan_id\` integer,
  	\`version_published_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_parent_idx\` ON \`_follow_up_reports_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_version_review_state_idx\` ON \`_follow_up_reports_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_version_plan_idx\` ON \`_follow_up_reports_v\` (\`version_plan_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_version_published_by_idx\` ON \`_follow_up_reports_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_version_updated_at_idx\` ON \`_follow_up_reports_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_version_created_at_idx\` ON \`_follow_up_reports_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_version_version__status_idx\` ON \`_follow_up_reports_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_created_at_idx\` ON \`_follow_up_reports_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_updated_at_idx\` ON \`_follow_up_reports_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_snapshot_idx\` ON \`_follow_up_reports_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_published_locale_idx\` ON \`_follow_up_reports_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_latest_idx\` ON \`_follow_up_reports_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_follow_up_reports_v_autosave_idx\` ON \`_follow_up_reports_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_follow_up_reports_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_follow_up_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_follow_up_reports_v_locales_locale_parent_id_unique\` ON \`_follow_up_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`goal_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer,
  	\`goal_id\` integer,
  	\`assessment\` text,
  	\`reason\` text,
  	\`suggested\` text,
  	\`responsible_id\` integer,
  	\`figures\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`responsible_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`goal_assessments_report_idx\` ON \`goal_assessments\` (\`report_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goal_assessments_goal_idx\` ON \`goal_assessments\` (\`goal_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goal_assessments_responsible_idx\` ON \`goal_assessments\` (\`responsible_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goal_assessments_updated_at_idx\` ON \`goal_assessments\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goal_assessments_created_at_idx\` ON \`goal_assessments\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goal_assessments__status_idx\` ON \`goal_assessments\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`goal_assessments_locales\` (
  	\`analysis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goal_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`goal_assessments_locales_locale_parent_id_unique\` ON \`goal_assessments_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goal_assessments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_report_id\` integer,
  	\`version_goal_id\` integer,
  	\`version_assessment\` text,
  	\`version_reason\` text,
  	\`version_suggested\` text,
  	\`version_responsible_id\` integer,
  	\`version_figures\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goal_assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`follow_up_reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_responsible_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_parent_idx\` ON \`_goal_assessments_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_version_version_report_idx\` ON \`_goal_assessments_v\` (\`version_report_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_version_version_goal_idx\` ON \`_goal_assessments_v\` (\`version_goal_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_version_version_responsible_idx\` ON \`_goal_assessments_v\` (\`version_responsible_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_version_version_updated_at_idx\` ON \`_goal_assessments_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_version_version_created_at_idx\` ON \`_goal_assessments_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_version_version__status_idx\` ON \`_goal_assessments_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_created_at_idx\` ON \`_goal_assessments_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_updated_at_idx\` ON \`_goal_assessments_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_snapshot_idx\` ON \`_goal_assessments_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_published_locale_idx\` ON \`_goal_assessments_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goal_assessments_v_latest_idx\` ON \`_goal_assessments_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goal_assessments_v_locales\` (
  	\`version_analysis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goal_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_goal_assessments_v_locales_locale_parent_id_unique\` ON \`_goal_assessments_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`follow_up_reports_id\` integer REFERENCES follow_up_reports(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`goal_assessments_id\` integer REFERENCES goal_assessments(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_follow_up_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_up_reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_goal_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`goal_assessments_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`follow_up_reports_initiatives\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports_initiatives_locales\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports_savings\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports_outcomes\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports_review_log\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports\`;`)
  await db.run(sql`DROP TABLE \`follow_up_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_version_initiatives\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_version_initiatives_locales\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_version_savings\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_version_outcomes\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_version_outcomes_locales\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_follow_up_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`goal_assessments\`;`)
  await db.run(sql`DROP TABLE \`goal_assessments_locales\`;`)
  await db.run(sql`DROP TABLE \`_goal_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`_goal_assessments_v_locales\`;`)
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
  	\`job_leases_id\` integer,
  	\`gdpr_requests_id\` integer,
  	\`indicator_series_id\` integer,
  	\`indicator_imports_id\` integer,
  	\`indicator_alerts_id\` integer,
  	\`plan_decisions_id\` integer,
  	\`audit_log_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`budget_plans_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`initiatives_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`savings_measures_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gdpr_requests_id\`) REFERENCES \`gdpr_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_series_id\`) REFERENCES \`indicator_series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_imports_id\`) REFERENCES \`indicator_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicator_alerts_id\`) REFERENCES \`indicator_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_decisions_id\`) REFERENCES \`plan_decisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "budget_plans_id", "focus_areas_id", "goals_id", "initiatives_id", "savings_measures_id", "feedback_id", "media_id", "documents_id", "job_leases_id", "gdpr_requests_id", "indicator_series_id", "indicator_imports_id", "indicator_alerts_id", "plan_decisions_id", "audit_log_id", "users_id") SELECT "id", "order", "parent_id", "path", "budget_plans_id", "focus_areas_id", "goals_id", "initiatives_id", "savings_measures_id", "feedback_id", "media_id", "documents_id", "job_leases_id", "gdpr_requests_id", "indicator_series_id", "indicator_imports_id", "indicator_alerts_id", "plan_decisions_id", "audit_log_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_job_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_leases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_gdpr_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`gdpr_requests_id\`);`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_plan_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_decisions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
}
