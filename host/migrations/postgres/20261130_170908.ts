import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_topic" AS ENUM('content', 'accessibility');
  CREATE TYPE "public"."enum_site_settings_accessibility_compliance" AS ENUM('full', 'partial', 'none');
  CREATE TYPE "public"."enum_site_settings_accessibility_assessment_method" AS ENUM('self', 'external');
  ALTER TABLE "feedback" ADD COLUMN "topic" "enum_feedback_topic" DEFAULT 'content' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_compliance" "enum_site_settings_accessibility_compliance";
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_assessment_method" "enum_site_settings_accessibility_assessment_method";
  ALTER TABLE "site_settings" ADD COLUMN "accessibility_assessed_on" timestamp(3) with time zone;
  ALTER TABLE "site_settings_locales" ADD COLUMN "accessibility_shortcomings" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "accessibility_how_to_report" varchar;
  CREATE INDEX "feedback_topic_idx" ON "feedback" USING btree ("topic");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "feedback_topic_idx";
  ALTER TABLE "feedback" DROP COLUMN "topic";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_compliance";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_assessment_method";
  ALTER TABLE "site_settings" DROP COLUMN "accessibility_assessed_on";
  ALTER TABLE "site_settings_locales" DROP COLUMN "accessibility_shortcomings";
  ALTER TABLE "site_settings_locales" DROP COLUMN "accessibility_how_to_report";
  DROP TYPE "public"."enum_feedback_topic";
  DROP TYPE "public"."enum_site_settings_accessibility_compliance";
  DROP TYPE "public"."enum_site_settings_accessibility_assessment_method";`)
}
