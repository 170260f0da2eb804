import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "budget_plans_locales" ADD COLUMN "easy_read" varchar;
  ALTER TABLE "_budget_plans_v_locales" ADD COLUMN "version_easy_read" varchar;
  ALTER TABLE "goals_locales" ADD COLUMN "easy_read" varchar;
  ALTER TABLE "_goals_v_locales" ADD COLUMN "version_easy_read" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "budget_plans_locales" DROP COLUMN "easy_read";
  ALTER TABLE "_budget_plans_v_locales" DROP COLUMN "version_easy_read";
  ALTER TABLE "goals_locales" DROP COLUMN "easy_read";
  ALTER TABLE "_goals_v_locales" DROP COLUMN "version_easy_read";`)
}
