import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`media_review_log_order_idx\` ON \`media_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_review_log_parent_id_idx\` ON \`media_review_log\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`media_review_log_by_idx\` ON \`media_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_media_v_version_review_log_order_idx\` ON \`_media_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_review_log_parent_id_idx\` ON \`_media_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_media_v_version_review_log_by_idx\` ON \`_media_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`documents_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`documents_review_log_order_idx\` ON \`documents_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_review_log_parent_id_idx\` ON \`documents_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_review_log_by_idx\` ON \`documents_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_documents_v_version_review_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_review_log_order_idx\` ON \`_documents_v_version_review_log\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_review_log_parent_id_idx\` ON \`_documents_v_version_review_log\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_review_log_by_idx\` ON \`_documents_v_version_review_log\` (\`by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`review_pin\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`scheduled_publish\` text;`)
  await db.run(sql`CREATE INDEX \`media_review_state_idx\` ON \`media\` (\`review_state\`);`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_review_pin\` text;`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_scheduled_publish\` text;`)
  await db.run(
    sql`CREATE INDEX \`_media_v_version_version_review_state_idx\` ON \`_media_v\` (\`version_review_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`review_pin\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`scheduled_publish\` text;`)
  await db.run(
    sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents\` (\`review_state\`);`,
  )
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_review_pin\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_scheduled_publish\` text;`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v\` (\`version_review_state\`);`,
  )
  // Images and documents come under review: what is published is shown as approved.
  for (const table of ['media', 'documents']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`review_state\` = 'approved' WHERE \`_status\` = 'published';`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_review_log\`;`)
  await db.run(sql`DROP TABLE \`_media_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`documents_review_log\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_review_log\`;`)
  await db.run(sql`DROP INDEX \`media_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`review_pin\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`scheduled_publish\`;`)
  await db.run(sql`DROP INDEX \`_media_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_review_pin\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_scheduled_publish\`;`)
  await db.run(sql`DROP INDEX \`documents_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`review_state\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`review_pin\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`scheduled_publish\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_review_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_review_state\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_review_pin\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_scheduled_publish\`;`)
}
