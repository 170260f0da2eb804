import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recordPagePublication' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recordPagePublication' BEFORE 'schedulePublish';
  CREATE TABLE "page_publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"plan_id" integer,
  	"year" numeric NOT NULL,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"changes" jsonb,
  	"goal_changes" jsonb,
  	"snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_publications_id" integer;
  ALTER TABLE "page_publications" ADD CONSTRAINT "page_publications_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "page_publications_plan_idx" ON "page_publications" USING btree ("plan_id");
  CREATE INDEX "page_publications_year_idx" ON "page_publications" USING btree ("year");
  CREATE INDEX "page_publications_published_at_idx" ON "page_publications" USING btree ("published_at");
  CREATE INDEX "page_publications_updated_at_idx" ON "page_publications" USING btree ("updated_at");
  CREATE INDEX "page_publications_created_at_idx" ON "page_publications" USING btree ("created_at");
  CREATE UNIQUE INDEX "plan_publishedAt_idx" ON "page_publications" USING btree ("plan_id","published_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_publications_fk" FOREIGN KEY ("page_publications_id") REFERENCES "public"."page_publications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_page_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("page_publications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "page_publications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "page_publications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_publications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewReminders', 'mailFollowUp', 'remindFollowUp', 'applyRetention', 'importIndicators', 'publishApproved', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewReminders', 'mailFollowUp', 'remindFollowUp', 'applyRetention', 'importIndicators', 'publishApproved', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_page_publications_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_publications_id";`)
}
