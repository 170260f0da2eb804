import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`budget_plans_governing_parties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`abbreviation\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`budget_plans_governing_parties_order_idx\` ON \`budget_plans_governing_parties\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_governing_parties_parent_id_idx\` ON \`budget_plans_governing_parties\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`budget_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tax_rate\` numeric,
  	\`tax_unchanged\` integer DEFAULT false,
  	\`hero_image_id\` integer,
  	\`full_document_file_id\` integer,
  	\`council_decision_date\` text,
  	\`council_decision_paragraph\` text,
  	\`council_decision_diary_number\` text,
  	\`year\` numeric,
  	\`slug\` text,
  	\`page_owner_id\` integer,
  	\`review_by\` text,
  	\`page_updated_at\` text,
  	\`review_reminder_sent_for\` text,
  	\`published_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`full_document_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`page_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`budget_plans_hero_image_idx\` ON \`budget_plans\` (\`hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_full_document_full_document_file_idx\` ON \`budget_plans\` (\`full_document_file_id\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`budget_plans_year_idx\` ON \`budget_plans\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`budget_plans_slug_idx\` ON \`budget_plans\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`budget_plans_page_owner_idx\` ON \`budget_plans\` (\`page_owner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_published_by_idx\` ON \`budget_plans\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_updated_at_idx\` ON \`budget_plans\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_created_at_idx\` ON \`budget_plans\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`budget_plans__status_idx\` ON \`budget_plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`budget_plans_locales\` (
  	\`title\` text,
  	\`subtitle\` text,
  	\`vision\` text,
  	\`intro\` text,
  	\`work_section_heading\` text,
  	\`work_section_body\` text,
  	\`work_section_initiatives_lead\` text,
  	\`economy_section_heading\` text,
  	\`economy_section_body\` text,
  	\`economy_section_savings_lead\` text,
  	\`tax_statement\` text,
  	\`full_document_link_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`budget_plans_locales_locale_parent_id_unique\` ON \`budget_plans_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`budget_plans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`budget_plans_rels_order_idx\` ON \`budget_plans_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_rels_parent_idx\` ON \`budget_plans_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_rels_path_idx\` ON \`budget_plans_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_rels_focus_areas_id_idx\` ON \`budget_plans_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_budget_plans_v_version_governing_parties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`abbreviation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_governing_parties_order_idx\` ON \`_budget_plans_v_version_governing_parties\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_governing_parties_parent_id_idx\` ON \`_budget_plans_v_version_governing_parties\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_budget_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tax_rate\` numeric,
  	\`version_tax_unchanged\` integer DEFAULT false,
  	\`version_hero_image_id\` integer,
  	\`version_full_document_file_id\` integer,
  	\`version_council_decision_date\` text,
  	\`version_council_decision_paragraph\` text,
  	\`version_council_decision_diary_number\` text,
  	\`version_year\` numeric,
  	\`version_slug\` text,
  	\`version_page_owner_id\` integer,
  	\`version_review_by\` text,
  	\`version_page_updated_at\` text,
  	\`version_review_reminder_sent_for\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_full_document_file_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_page_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_parent_idx\` ON \`_budget_plans_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_hero_image_idx\` ON \`_budget_plans_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_full_document_version_full_docum_idx\` ON \`_budget_plans_v\` (\`version_full_document_file_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_year_idx\` ON \`_budget_plans_v\` (\`version_year\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_slug_idx\` ON \`_budget_plans_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_page_owner_idx\` ON \`_budget_plans_v\` (\`version_page_owner_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_published_by_idx\` ON \`_budget_plans_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_updated_at_idx\` ON \`_budget_plans_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_created_at_idx\` ON \`_budget_plans_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version__status_idx\` ON \`_budget_plans_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_created_at_idx\` ON \`_budget_plans_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_updated_at_idx\` ON \`_budget_plans_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_snapshot_idx\` ON \`_budget_plans_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_published_locale_idx\` ON \`_budget_plans_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_latest_idx\` ON \`_budget_plans_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_autosave_idx\` ON \`_budget_plans_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_budget_plans_v_locales\` (
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_vision\` text,
  	\`version_intro\` text,
  	\`version_work_section_heading\` text,
  	\`version_work_section_body\` text,
  	\`version_work_section_initiatives_lead\` text,
  	\`version_economy_section_heading\` text,
  	\`version_economy_section_body\` text,
  	\`version_economy_section_savings_lead\` text,
  	\`version_tax_statement\` text,
  	\`version_full_document_link_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_budget_plans_v_locales_locale_parent_id_unique\` ON \`_budget_plans_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_budget_plans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_budget_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_rels_order_idx\` ON \`_budget_plans_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_rels_parent_idx\` ON \`_budget_plans_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_rels_path_idx\` ON \`_budget_plans_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_rels_focus_areas_id_idx\` ON \`_budget_plans_v_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`focus_areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`published_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`focus_areas_slug_idx\` ON \`focus_areas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`focus_areas_order_idx\` ON \`focus_areas\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`focus_areas_published_by_idx\` ON \`focus_areas\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`focus_areas_updated_at_idx\` ON \`focus_areas\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`focus_areas_created_at_idx\` ON \`focus_areas\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`focus_areas__status_idx\` ON \`focus_areas\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`focus_areas_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`focus_areas_locales_locale_parent_id_unique\` ON \`focus_areas_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_focus_areas_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_parent_idx\` ON \`_focus_areas_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version_slug_idx\` ON \`_focus_areas_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version_order_idx\` ON \`_focus_areas_v\` (\`version_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version_published_by_idx\` ON \`_focus_areas_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version_updated_at_idx\` ON \`_focus_areas_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version_created_at_idx\` ON \`_focus_areas_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_version_version__status_idx\` ON \`_focus_areas_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_created_at_idx\` ON \`_focus_areas_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_updated_at_idx\` ON \`_focus_areas_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_snapshot_idx\` ON \`_focus_areas_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_published_locale_idx\` ON \`_focus_areas_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_focus_areas_v_latest_idx\` ON \`_focus_areas_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`_focus_areas_v_autosave_idx\` ON \`_focus_areas_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_focus_areas_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_focus_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_focus_areas_v_locales_locale_parent_id_unique\` ON \`_focus_areas_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`goals_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kpi_id\` text,
  	\`direction\` text DEFAULT 'higher',
  	\`baseline_value\` numeric,
  	\`baseline_year\` numeric,
  	\`target_value\` numeric,
  	\`target_year\` numeric,
  	\`latest_value\` numeric,
  	\`latest_year\` numeric,
  	\`national_average_value\` numeric,
  	\`national_average_year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`goals_indicators_order_idx\` ON \`goals_indicators\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goals_indicators_parent_id_idx\` ON \`goals_indicators\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`goals_indicators_locales\` (
  	\`name\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`goals_indicators_locales_locale_parent_id_unique\` ON \`goals_indicators_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`goals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`plan_id\` integer,
  	\`status\` text DEFAULT 'no_data',
  	\`order\` numeric DEFAULT 0,
  	\`published_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_plan_idx\` ON \`goals\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_order_idx\` ON \`goals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`goals_published_by_idx\` ON \`goals\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goals__status_idx\` ON \`goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`goals_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`rationale\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`goals_locales_locale_parent_id_unique\` ON \`goals_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`goals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_rels_order_idx\` ON \`goals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`goals_rels_parent_idx\` ON \`goals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_rels_path_idx\` ON \`goals_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`goals_rels_focus_areas_id_idx\` ON \`goals_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goals_v_version_indicators\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kpi_id\` text,
  	\`direction\` text DEFAULT 'higher',
  	\`baseline_value\` numeric,
  	\`baseline_year\` numeric,
  	\`target_value\` numeric,
  	\`target_year\` numeric,
  	\`latest_value\` numeric,
  	\`latest_year\` numeric,
  	\`national_average_value\` numeric,
  	\`national_average_year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_indicators_order_idx\` ON \`_goals_v_version_indicators\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_indicators_parent_id_idx\` ON \`_goals_v_version_indicators\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goals_v_version_indicators_locales\` (
  	\`name\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v_version_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_goals_v_version_indicators_locales_locale_parent_id_unique\` ON \`_goals_v_version_indicators_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_plan_id\` integer,
  	\`version_status\` text DEFAULT 'no_data',
  	\`version_order\` numeric DEFAULT 0,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_parent_idx\` ON \`_goals_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_plan_idx\` ON \`_goals_v\` (\`version_plan_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_order_idx\` ON \`_goals_v\` (\`version_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_published_by_idx\` ON \`_goals_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_updated_at_idx\` ON \`_goals_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_created_at_idx\` ON \`_goals_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version__status_idx\` ON \`_goals_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_goals_v_created_at_idx\` ON \`_goals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_updated_at_idx\` ON \`_goals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_snapshot_idx\` ON \`_goals_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_goals_v_published_locale_idx\` ON \`_goals_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_goals_v_latest_idx\` ON \`_goals_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_autosave_idx\` ON \`_goals_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_rationale\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_goals_v_locales_locale_parent_id_unique\` ON \`_goals_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_goals_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_goals_v_rels_order_idx\` ON \`_goals_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_rels_parent_idx\` ON \`_goals_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_goals_v_rels_path_idx\` ON \`_goals_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_goals_v_rels_focus_areas_id_idx\` ON \`_goals_v_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`initiatives_places\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`initiatives_places_order_idx\` ON \`initiatives_places\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_places_parent_id_idx\` ON \`initiatives_places\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`initiatives_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`initiatives_milestones_order_idx\` ON \`initiatives_milestones\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_milestones_parent_id_idx\` ON \`initiatives_milestones\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`initiatives_milestones_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`initiatives_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`initiatives_milestones_locales_locale_parent_id_unique\` ON \`initiatives_milestones_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`initiatives\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'planned',
  	\`progress\` numeric DEFAULT 0,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`published_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`initiatives_plan_idx\` ON \`initiatives\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`initiatives_order_idx\` ON \`initiatives\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`initiatives_published_by_idx\` ON \`initiatives\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_updated_at_idx\` ON \`initiatives\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_created_at_idx\` ON \`initiatives\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`initiatives__status_idx\` ON \`initiatives\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`initiatives_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`responsible_committee\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`initiatives_locales_locale_parent_id_unique\` ON \`initiatives_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`initiatives_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`initiatives_rels_order_idx\` ON \`initiatives_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_rels_parent_idx\` ON \`initiatives_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`initiatives_rels_path_idx\` ON \`initiatives_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`initiatives_rels_goals_id_idx\` ON \`initiatives_rels\` (\`goals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_rels_focus_areas_id_idx\` ON \`initiatives_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v_version_places\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_initiatives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_places_order_idx\` ON \`_initiatives_v_version_places\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_places_parent_id_idx\` ON \`_initiatives_v_version_places\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_initiatives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_milestones_order_idx\` ON \`_initiatives_v_version_milestones\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_milestones_parent_id_idx\` ON \`_initiatives_v_version_milestones\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v_version_milestones_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_initiatives_v_version_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_initiatives_v_version_milestones_locales_locale_parent_id_u\` ON \`_initiatives_v_version_milestones_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_status\` text DEFAULT 'planned',
  	\`version_progress\` numeric DEFAULT 0,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_parent_idx\` ON \`_initiatives_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_plan_idx\` ON \`_initiatives_v\` (\`version_plan_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_order_idx\` ON \`_initiatives_v\` (\`version_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_published_by_idx\` ON \`_initiatives_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_updated_at_idx\` ON \`_initiatives_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_created_at_idx\` ON \`_initiatives_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version__status_idx\` ON \`_initiatives_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_created_at_idx\` ON \`_initiatives_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_updated_at_idx\` ON \`_initiatives_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_snapshot_idx\` ON \`_initiatives_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_published_locale_idx\` ON \`_initiatives_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_initiatives_v_latest_idx\` ON \`_initiatives_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_autosave_idx\` ON \`_initiatives_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_responsible_committee\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_initiatives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_initiatives_v_locales_locale_parent_id_unique\` ON \`_initiatives_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` integer,
  	\`focus_areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_initiatives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`focus_areas_id\`) REFERENCES \`focus_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_rels_order_idx\` ON \`_initiatives_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_rels_parent_idx\` ON \`_initiatives_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_rels_path_idx\` ON \`_initiatives_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_rels_goals_id_idx\` ON \`_initiatives_v_rels\` (\`goals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_rels_focus_areas_id_idx\` ON \`_initiatives_v_rels\` (\`focus_areas_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`savings_measures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`estimated_annual_savings\` numeric,
  	\`status\` text DEFAULT 'ongoing',
  	\`plan_id\` integer,
  	\`order\` numeric DEFAULT 0,
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
    sql`CREATE INDEX \`savings_measures_plan_idx\` ON \`savings_measures\` (\`plan_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures_order_idx\` ON \`savings_measures\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures_published_by_idx\` ON \`savings_measures\` (\`published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures_updated_at_idx\` ON \`savings_measures\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures_created_at_idx\` ON \`savings_measures\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures__status_idx\` ON \`savings_measures\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`savings_measures_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`savings_measures_locales_locale_parent_id_unique\` ON \`savings_measures_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_savings_measures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_category\` text,
  	\`version_estimated_annual_savings\` numeric,
  	\`version_status\` text DEFAULT 'ongoing',
  	\`version_plan_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_parent_idx\` ON \`_savings_measures_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_plan_idx\` ON \`_savings_measures_v\` (\`version_plan_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_order_idx\` ON \`_savings_measures_v\` (\`version_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_published_by_idx\` ON \`_savings_measures_v\` (\`version_published_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_updated_at_idx\` ON \`_savings_measures_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_created_at_idx\` ON \`_savings_measures_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version__status_idx\` ON \`_savings_measures_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_created_at_idx\` ON \`_savings_measures_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_updated_at_idx\` ON \`_savings_measures_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_snapshot_idx\` ON \`_savings_measures_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_published_locale_idx\` ON \`_savings_measures_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_latest_idx\` ON \`_savings_measures_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_autosave_idx\` ON \`_savings_measures_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_savings_measures_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_savings_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_savings_measures_v_locales_locale_parent_id_unique\` ON \`_savings_measures_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page_id\` integer,
  	\`page_path\` text,
  	\`name\` text,
  	\`email\` text,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`internal_note\` text,
  	\`notice_version\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_page_idx\` ON \`feedback\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`media__status_idx\` ON \`media\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_media_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`version_sizes_thumbnail_url\` text,
  	\`version_sizes_thumbnail_width\` numeric,
  	\`version_sizes_thumbnail_height\` numeric,
  	\`version_sizes_thumbnail_mime_type\` text,
  	\`version_sizes_thumbnail_filesize\` numeric,
  	\`version_sizes_thumbnail_filename\` text,
  	\`version_sizes_card_url\` text,
  	\`version_sizes_card_width\` numeric,
  	\`version_sizes_card_height\` numeric,
  	\`version_sizes_card_mime_type\` text,
  	\`version_sizes_card_filesize\` numeric,
  	\`version_sizes_card_filename\` text,
  	\`version_sizes_hero_url\` text,
  	\`version_sizes_hero_width\` numeric,
  	\`version_sizes_hero_height\` numeric,
  	\`version_sizes_hero_mime_type\` text,
  	\`version_sizes_hero_filesize\` numeric,
  	\`version_sizes_hero_filename\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_v_parent_idx\` ON \`_media_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_media_v_version_version_updated_at_idx\` ON \`_media_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_version_created_at_idx\` ON \`_media_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_version__status_idx\` ON \`_media_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_version_filename_idx\` ON \`_media_v\` (\`version_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_sizes_thumbnail_version_sizes_thumbnail_idx\` ON \`_media_v\` (\`version_sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_sizes_card_version_sizes_card_filename_idx\` ON \`_media_v\` (\`version_sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_sizes_hero_version_sizes_hero_filename_idx\` ON \`_media_v\` (\`version_sizes_hero_filename\`);`,
  )
  await db.run(sql`CREATE INDEX \`_media_v_created_at_idx\` ON \`_media_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_updated_at_idx\` ON \`_media_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_snapshot_idx\` ON \`_media_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_media_v_published_locale_idx\` ON \`_media_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_media_v_latest_idx\` ON \`_media_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_media_v_locales\` (
  	\`version_alt\` text,
  	\`version_caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_media_v_locales_locale_parent_id_unique\` ON \`_media_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_filename_idx\` ON \`_documents_v\` (\`version_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_documents_v_snapshot_idx\` ON \`_documents_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_published_locale_idx\` ON \`_documents_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_locales\` (
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_documents_v_locales_locale_parent_id_unique\` ON \`_documents_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`job_leases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`holder\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_leases_key_idx\` ON \`job_leases\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`job_leases_updated_at_idx\` ON \`job_leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_leases_created_at_idx\` ON \`job_leases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings\` (
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
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`customer_service_name\` text DEFAULT 'kundtjänst',
  	\`data_protection_notice\` text,
  	\`feedback_form_heading\` text DEFAULT 'Har du synpunkter på den här sidan, tar vi tacksamt emot dem.',
  	\`feedback_form_intro\` text DEFAULT 'Fyll i formuläret nedan och dina synpunkter skickas till ansvarig för sidan. Om du anger din e-postadress kan vi ge återkoppling annars kan vi tyvärr inte svara.',
  	\`feedback_form_thanks\` text DEFAULT 'Tack för att du hjälper oss att skapa en bättre webbplats.',
  	\`feedback_form_name_label\` text DEFAULT 'Ditt namn:',
  	\`feedback_form_email_label\` text DEFAULT 'Din e-postadress:',
  	\`feedback_form_message_label\` text DEFAULT 'Din synpunkt:',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`public_change_marker\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`budget_plans_governing_parties\`;`)
  await db.run(sql`DROP TABLE \`budget_plans\`;`)
  await db.run(sql`DROP TABLE \`budget_plans_locales\`;`)
  await db.run(sql`DROP TABLE \`budget_plans_rels\`;`)
  await db.run(sql`DROP TABLE \`_budget_plans_v_version_governing_parties\`;`)
  await db.run(sql`DROP TABLE \`_budget_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_budget_plans_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_budget_plans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`focus_areas\`;`)
  await db.run(sql`DROP TABLE \`focus_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v\`;`)
  await db.run(sql`DROP TABLE \`_focus_areas_v_locales\`;`)
  await db.run(sql`DROP TABLE \`goals_indicators\`;`)
  await db.run(sql`DROP TABLE \`goals_indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`DROP TABLE \`goals_locales\`;`)
  await db.run(sql`DROP TABLE \`goals_rels\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_version_indicators\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_version_indicators_locales\`;`)
  await db.run(sql`DROP TABLE \`_goals_v\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_rels\`;`)
  await db.run(sql`DROP TABLE \`initiatives_places\`;`)
  await db.run(sql`DROP TABLE \`initiatives_milestones\`;`)
  await db.run(sql`DROP TABLE \`initiatives_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`initiatives\`;`)
  await db.run(sql`DROP TABLE \`initiatives_locales\`;`)
  await db.run(sql`DROP TABLE \`initiatives_rels\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v_version_places\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v_version_milestones\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v_version_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v_rels\`;`)
  await db.run(sql`DROP TABLE \`savings_measures\`;`)
  await db.run(sql`DROP TABLE \`savings_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`_savings_measures_v\`;`)
  await db.run(sql`DROP TABLE \`_savings_measures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`_media_v\`;`)
  await db.run(sql`DROP TABLE \`_media_v_locales\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`job_leases\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`public_change_marker\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
