import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`budget_plans_budget_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`committee\` text,
  	\`kind\` text DEFAULT 'drift',
  	\`income\` integer,
  	\`amount\` numeric,
  	\`previous_amount\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`budget_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`budget_plans_budget_lines_order_idx\` ON \`budget_plans_budget_lines\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_budget_lines_parent_id_idx\` ON \`budget_plans_budget_lines\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_budget_plans_v_version_budget_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`committee\` text,
  	\`kind\` text DEFAULT 'drift',
  	\`income\` integer,
  	\`amount\` numeric,
  	\`previous_amount\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_budget_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_budget_lines_order_idx\` ON \`_budget_plans_v_version_budget_lines\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_version_budget_lines_parent_id_idx\` ON \`_budget_plans_v_version_budget_lines\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`budget_plans_rels\` ADD \`goals_id\` integer REFERENCES goals(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`budget_plans_rels\` ADD \`initiatives_id\` integer REFERENCES initiatives(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_rels_goals_id_idx\` ON \`budget_plans_rels\` (\`goals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`budget_plans_rels_initiatives_id_idx\` ON \`budget_plans_rels\` (\`initiatives_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_budget_plans_v_rels\` ADD \`goals_id\` integer REFERENCES goals(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_budget_plans_v_rels\` ADD \`initiatives_id\` integer REFERENCES initiatives(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_rels_goals_id_idx\` ON \`_budget_plans_v_rels\` (\`goals_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_budget_plans_v_rels_initiatives_id_idx\` ON \`_budget_plans_v_rels\` (\`initiatives_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`budget_plans_budget_lines\`;`)
  await db.run(sql`DROP TABLE \`_budget_plans_v_version_budget_lines\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_budget_plans_rels\` (
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
    sql`INSERT INTO \`__new_budget_plans_rels\`("id", "order", "parent_id", "path", "focus_areas_id") SELECT "id", "order", "parent_id", "path", "focus_areas_id" FROM \`budget_plans_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`budget_plans_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_budget_plans_rels\` RENAME TO \`budget_plans_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__budget_plans_v_rels\` (
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
    sql`INSERT INTO \`__new__budget_plans_v_rels\`("id", "order", "parent_id", "path", "focus_areas_id") SELECT "id", "order", "parent_id", "path", "focus_areas_id" FROM \`_budget_plans_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_budget_plans_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__budget_plans_v_rels\` RENAME TO \`_budget_plans_v_rels\`;`)
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
}
