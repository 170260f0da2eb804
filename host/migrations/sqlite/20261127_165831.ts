import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`plan_decisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`plan_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`date\` text NOT NULL,
  	\`paragraph\` text,
  	\`diary_number\` text,
  	\`decided_by_id\` integer,
  	\`snapshot\` text NOT NULL,
  	\`correction_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`plan_decisions_plan_idx\` ON \`plan_decisions\` (\`plan_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`plan_decisions_year_idx\` ON \`plan_decisions\` (\`year\`);`)
  await db.run(
    sql`CREATE INDEX \`plan_decisions_decided_by_idx\` ON \`plan_decisions\` (\`decided_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`plan_decisions_updated_at_idx\` ON \`plan_decisions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`plan_decisions_created_at_idx\` ON \`plan_decisions\` (\`created_at\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`budget_plans\` ADD \`previous_edition_id\` integer REFERENCES budget_plans(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_previous_edition_idx\` ON \`budget_plans\` (\`previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_budget_plans_v\` ADD \`version_previous_edition_id\` integer REFERENCES budget_plans(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_previous_edition_idx\` ON \`_budget_plans_v\` (\`version_previous_edition_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`goals\` ADD \`previous_edition_id\` integer REFERENCES goals(id);`)
  await db.run(
    sql`CREATE INDEX \`goals_previous_edition_idx\` ON \`goals\` (\`previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_goals_v\` ADD \`version_previous_edition_id\` integer REFERENCES goals(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_previous_edition_idx\` ON \`_goals_v\` (\`version_previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`initiatives\` ADD \`previous_edition_id\` integer REFERENCES initiatives(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_previous_edition_idx\` ON \`initiatives\` (\`previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_initiatives_v\` ADD \`version_previous_edition_id\` integer REFERENCES initiatives(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_previous_edition_idx\` ON \`_initiatives_v\` (\`version_previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`savings_measures\` ADD \`previous_edition_id\` integer REFERENCES savings_measures(id);`,
  )
  await db.run(sql`ALTER TABLE \`savings_measures\` ADD \`carry_over\` integer;`)
  await db.run(
    sql`CREATE INDEX \`savings_measures_previous_edition_idx\` ON \`savings_measures\` (\`previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_savings_measures_v\` ADD \`version_previous_edition_id\` integer REFERENCES savings_measures(id);`,
  )
  await db.run(sql`ALTER TABLE \`_savings_measures_v\` ADD \`version_carry_over\` integer;`)
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_previous_edition_idx\` ON \`_savings_measures_v\` (\`version_previous_edition_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plan_decisions_id\` integer REFERENCES plan_decisions(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_plan_decisions_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_decisions_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`plan_decisions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_budget_plans\` (
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
    sql`INSERT INTO \`__new_budget_plans\`("id", "tax_rate", "tax_unchanged", "hero_image_id", "full_document_file_id", "council_decision_date", "council_decision_paragraph", "council_decision_diary_number", "year", "slug", "page_owner_id", "review_by", "page_updated_at", "review_reminder_sent_for", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "tax_rate", "tax_unchanged", "hero_image_id", "full_document_file_id", "council_decision_date", "council_decision_paragraph", "council_decision_diary_number", "year", "slug", "page_owner_id", "review_by", "page_updated_at", "review_reminder_sent_for", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`budget_plans\`;`,
  )
  await db.run(sql`DROP TABLE \`budget_plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_budget_plans\` RENAME TO \`budget_plans\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__budget_plans_v\` (
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
    sql`INSERT INTO \`__new__budget_plans_v\`("id", "parent_id", "version_tax_rate", "version_tax_unchanged", "version_hero_image_id", "version_full_document_file_id", "version_council_decision_date", "version_council_decision_paragraph", "version_council_decision_diary_number", "version_year", "version_slug", "version_page_owner_id", "version_review_by", "version_page_updated_at", "version_review_reminder_sent_for", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_tax_rate", "version_tax_unchanged", "version_hero_image_id", "version_full_document_file_id", "version_council_decision_date", "version_council_decision_paragraph", "version_council_decision_diary_number", "version_year", "version_slug", "version_page_owner_id", "version_review_by", "version_page_updated_at", "version_review_reminder_sent_for", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_budget_plans_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_budget_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__budget_plans_v\` RENAME TO \`_budget_plans_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_goals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
    sql`INSERT INTO \`__new_goals\`("id", "plan_id", "order", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "plan_id", "order", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`goals\`;`,
  )
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`ALTER TABLE \`__new_goals\` RENAME TO \`goals\`;`)
  await db.run(sql`CREATE INDEX \`goals_plan_idx\` ON \`goals\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_order_idx\` ON \`goals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`goals_published_by_idx\` ON \`goals\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goals__status_idx\` ON \`goals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__goals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_plan_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__goals_v\`("id", "parent_id", "version_plan_id", "version_order", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_plan_id", "version_order", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_goals_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_goals_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__goals_v\` RENAME TO \`_goals_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_initiatives\` (
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
  await db.run(
    sql`INSERT INTO \`__new_initiatives\`("id", "status", "progress", "start_date", "end_date", "plan_id", "order", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "status", "progress", "start_date", "end_date", "plan_id", "order", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`initiatives\`;`,
  )
  await db.run(sql`DROP TABLE \`initiatives\`;`)
  await db.run(sql`ALTER TABLE \`__new_initiatives\` RENAME TO \`initiatives\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__initiatives_v\` (
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
    sql`INSERT INTO \`__new__initiatives_v\`("id", "parent_id", "version_status", "version_progress", "version_start_date", "version_end_date", "version_plan_id", "version_order", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_status", "version_progress", "version_start_date", "version_end_date", "version_plan_id", "version_order", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_initiatives_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_initiatives_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__initiatives_v\` RENAME TO \`_initiatives_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_savings_measures\` (
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
    sql`INSERT INTO \`__new_savings_measures\`("id", "category", "estimated_annual_savings", "status", "plan_id", "order", "published_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "category", "estimated_annual_savings", "status", "plan_id", "order", "published_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`savings_measures\`;`,
  )
  await db.run(sql`DROP TABLE \`savings_measures\`;`)
  await db.run(sql`ALTER TABLE \`__new_savings_measures\` RENAME TO \`savings_measures\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__savings_measures_v\` (
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
    sql`INSERT INTO \`__new__savings_measures_v\`("id", "parent_id", "version_category", "version_estimated_annual_savings", "version_status", "version_plan_id", "version_order", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_category", "version_estimated_annual_savings", "version_status", "version_plan_id", "version_order", "version_published_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_savings_measures_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_savings_measures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__savings_measures_v\` RENAME TO \`_savings_measures_v\`;`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "budget_plans_id", "focus_areas_id", "goals_id", "initiatives_id", "savings_measures_id", "feedback_id", "media_id", "documents_id", "job_leases_id", "gdpr_requests_id", "indicator_series_id", "indicator_imports_id", "indicator_alerts_id", "users_id") SELECT "id", "order", "parent_id", "path", "budget_plans_id", "focus_areas_id", "goals_id", "initiatives_id", "savings_measures_id", "feedback_id", "media_id", "documents_id", "job_leases_id", "gdpr_requests_id", "indicator_series_id", "indicator_imports_id", "indicator_alerts_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
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
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
}
