import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A publish anywhere tells every server process at once: when the change marker's row changes,
 * PostgreSQL sends `NOTIFY mob_public_change` at commit, and each process listening forgets the
 * marker it read (host/database/publicChangeListener.ts); the once-a-second read stays as the
 * fallback.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE OR REPLACE FUNCTION "mob_notify_public_change"() RETURNS trigger AS $$
    BEGIN
      PERFORM pg_notify('mob_public_change', COALESCE(NEW."token", ''));
      RETURN NEW;
    END
    $$ LANGUAGE plpgsql;
    DROP TRIGGER IF EXISTS "mob_public_change_notify" ON "public_change_marker";
    CREATE TRIGGER "mob_public_change_notify"
      AFTER INSERT OR UPDATE ON "public_change_marker"
      FOR EACH ROW EXECUTE FUNCTION "mob_notify_public_change"();
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TRIGGER IF EXISTS "mob_public_change_notify" ON "public_change_marker";
    DROP FUNCTION IF EXISTS "mob_notify_public_change"();
  `)
}
