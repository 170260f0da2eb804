import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`budget_plans_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`budget_plans_review_log_order_idx\` ON \`budget_plans_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_review_log_parent_id_idx\` ON \`budget_plans_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_review_log_by_idx\` ON \`budget_plans_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_budget_plans_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_review_log_order_idx\` ON \`_budget_plans_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_review_log_parent_id_idx\` ON \`_budget_plans_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_review_log_by_idx\` ON \`_budget_plans_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`goals_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`goals_review_log_order_idx\` ON \`goals_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`goals_review_log_parent_id_idx\` ON \`goals_review_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`goals_review_log_by_idx\` ON \`goals_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_goals_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_goals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_review_log_order_idx\` ON \`_goals_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_review_log_parent_id_idx\` ON \`_goals_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_review_log_by_idx\` ON \`_goals_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`initiatives_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`initiatives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`initiatives_review_log_order_idx\` ON \`initiatives_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_review_log_parent_id_idx\` ON \`initiatives_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`initiatives_review_log_by_idx\` ON \`initiatives_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_initiatives_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_initiatives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_review_log_order_idx\` ON \`_initiatives_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_review_log_parent_id_idx\` ON \`_initiatives_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_review_log_by_idx\` ON \`_initiatives_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`savings_measures_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`savings_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`savings_measures_review_log_order_idx\` ON \`savings_measures_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures_review_log_parent_id_idx\` ON \`savings_measures_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`savings_measures_review_log_by_idx\` ON \`savings_measures_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_savings_measures_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_savings_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_review_log_order_idx\` ON \`_savings_measures_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_review_log_parent_id_idx\` ON \`_savings_measures_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_review_log_by_idx\` ON \`_savings_measures_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`budget_plans\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(
    sql`CREATE INDEX \`budget_plans_review_state_idx\` ON \`budget_plans\` (\`review_state\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_budget_plans_v\` ADD \`version_review_state\` text DEFAULT 'draft';`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_version_review_state_idx\` ON \`_budget_plans_v\` (\`version_review_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`goals\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`goals_review_state_idx\` ON \`goals\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_goals_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(
    sql`CREATE INDEX \`_goals_v_version_version_review_state_idx\` ON \`_goals_v\` (\`version_review_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`initiatives\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(
    sql`CREATE INDEX \`initiatives_review_state_idx\` ON \`initiatives\` (\`review_state\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_initiatives_v\` ADD \`version_review_state\` text DEFAULT 'draft';`,
  )
  await db.run(
    sql`CREATE INDEX \`_initiatives_v_version_version_review_state_idx\` ON \`_initiatives_v\` (\`version_review_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`savings_measures\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(
    sql`CREATE INDEX \`savings_measures_review_state_idx\` ON \`savings_measures\` (\`review_state\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_savings_measures_v\` ADD \`version_review_state\` text DEFAULT 'draft';`,
  )
  await db.run(
    sql`CREATE INDEX \`_savings_measures_v_version_version_review_state_idx\` ON \`_savings_measures_v\` (\`version_review_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`review_workflow\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`budget_plans_review_log\`;`)
  await db.run(sql`DROP TABLE \`_budget_plans_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`goals_review_log\`;`)
  await db.run(sql`DROP TABLE \`_goals_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`initiatives_review_log\`;`)
  await db.run(sql`DROP TABLE \`_initiatives_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`savings_measures_review_log\`;`)
  await db.run(sql`DROP TABLE \`_savings_measures_v_version_review_log\`;`)
  await db.run(sql`DROP INDEX \`budget_plans_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`budget_plans\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`DROP INDEX \`_budget_plans_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_budget_plans_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`DROP INDEX \`goals_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`goals\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`DROP INDEX \`_goals_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_goals_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`DROP INDEX \`initiatives_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`initiatives\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`DROP INDEX \`_initiatives_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_initiatives_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`DROP INDEX \`savings_measures_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`savings_measures\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`DROP INDEX \`_savings_measures_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_savings_measures_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`review_workflow\`;`)
}
