import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_follow_up_reports_outcomes_kind" AS ENUM('drift', 'investering');
  CREATE TYPE "public"."enum_follow_up_reports_kind" AS ENUM('delarsrapport', 'arsredovisning', 'period');
  CREATE TYPE "public"."enum_follow_up_reports_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_follow_up_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__follow_up_reports_v_version_outcomes_kind" AS ENUM('drift', 'investering');
  CREATE TYPE "public"."enum__follow_up_reports_v_version_kind" AS ENUM('delarsrapport', 'arsredovisning', 'period');
  CREATE TYPE "public"."enum__follow_up_reports_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__follow_up_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__follow_up_reports_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_goal_assessments_assessment" AS ENUM('met', 'partly', 'not_met', 'unknown');
  CREATE TYPE "public"."enum_goal_assessments_suggested" AS ENUM('met', 'partly', 'not_met', 'unknown');
  CREATE TYPE "public"."enum_goal_assessments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goal_assessments_v_version_assessment" AS ENUM('met', 'partly', 'not_met', 'unknown');
  CREATE TYPE "public"."enum__goal_assessments_v_version_suggested" AS ENUM('met', 'partly', 'not_met', 'unknown');
  CREATE TYPE "public"."enum__goal_assessments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goal_assessments_v_published_locale" AS ENUM('sv', 'en');
  CREATE TABLE "follow_up_reports_initiatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"initiative_id" integer,
  	"state" varchar,
  	"progress" numeric
  );
  
  CREATE TABLE "follow_up_reports_initiatives_locales" (
  	"comment" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "follow_up_reports_savings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"measure_id" integer,
  	"planned" numeric,
  	"realised" numeric
  );
  
  CREATE TABLE "follow_up_reports_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"committee" varchar,
  	"kind" "enum_follow_up_reports_outcomes_kind" DEFAULT 'drift',
  	"budget" numeric,
  	"outcome" numeric,
  	"forecast" numeric
  );
  
  CREATE TABLE "follow_up_reports_outcomes_locales" (
  	"comment" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "follow_up_reports_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "follow_up_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_follow_up_reports_kind",
  	"period_name" varchar,
  	"period_end" timestamp(3) with time zone,
  	"deadline" timestamp(3) with time zone,
  	"budgeted_result" numeric,
  	"result" numeric,
  	"review_state" "enum_follow_up_reports_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"plan_id" integer,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_follow_up_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "follow_up_reports_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_follow_up_reports_v_version_initiatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"initiative_id" integer,
  	"state" varchar,
  	"progress" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_follow_up_reports_v_version_initiatives_locales" (
  	"comment" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_follow_up_reports_v_version_savings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"measure_id" integer,
  	"planned" numeric,
  	"realised" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_follow_up_reports_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"committee" varchar,
  	"kind" "enum__follow_up_reports_v_version_outcomes_kind" DEFAULT 'drift',
  	"budget" numeric,
  	"outcome" numeric,
  	"forecast" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_follow_up_reports_v_version_outcomes_locales" (
  	"comment" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_follow_up_reports_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_follow_up_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__follow_up_reports_v_version_kind",
  	"version_period_name" varchar,
  	"version_period_end" timestamp(3) with time zone,
  	"version_deadline" timestamp(3) with time zone,
  	"version_budgeted_result" numeric,
  	"version_result" numeric,
  	"version_review_state" "enum__follow_up_reports_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_plan_id" integer,
  	"version_published_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__follow_up_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__follow_up_reports_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_follow_up_reports_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "goal_assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer,
  	"goal_id" integer,
  	"assessment" "enum_goal_assessments_assessment",
  	"reason" varchar,
  	"suggested" "enum_goal_assessments_suggested",
  	"responsible_id" integer,
  	"figures" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_goal_assessments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "goal_assessments_locales" (
  	"analysis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_goal_assessments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_report_id" integer,
  	"version_goal_id" integer,
  	"version_assessment" "enum__goal_assessments_v_version_assessment",
  	"version_reason" varchar,
  	"version_suggested" "enum__goal_assessments_v_version_suggested",
  	"version_responsible_id" integer,
  	"version_figures" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__goal_assessments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__goal_assessments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_goal_assessments_v_locales" (
  	"version_analysis" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follow_up_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "goal_assessments_id" integer;
  ALTER TABLE "follow_up_reports_initiatives" ADD CONSTRAINT "follow_up_reports_initiatives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_reports_initiatives" ADD CONSTRAINT "follow_up_reports_initiatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_reports_initiatives_locales" ADD CONSTRAINT "follow_up_reports_initiatives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports_initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_reports_savings" ADD CONSTRAINT "follow_up_reports_savings_measure_id_savings_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."savings_measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_reports_savings" ADD CONSTRAINT "follow_up_reports_savings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_reports_outcomes" ADD CONSTRAINT "follow_up_reports_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_reports_outcomes_locales" ADD CONSTRAINT "follow_up_reports_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_reports_review_log" ADD CONSTRAINT "follow_up_reports_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_reports_review_log" ADD CONSTRAINT "follow_up_reports_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_up_reports" ADD CONSTRAINT "follow_up_reports_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_reports" ADD CONSTRAINT "follow_up_reports_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_up_reports_locales" ADD CONSTRAINT "follow_up_reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_initiatives" ADD CONSTRAINT "_follow_up_reports_v_version_initiatives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_initiatives" ADD CONSTRAINT "_follow_up_reports_v_version_initiatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_initiatives_locales" ADD CONSTRAINT "_follow_up_reports_v_version_initiatives_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v_version_initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_savings" ADD CONSTRAINT "_follow_up_reports_v_version_savings_measure_id_savings_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."savings_measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_savings" ADD CONSTRAINT "_follow_up_reports_v_version_savings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_outcomes" ADD CONSTRAINT "_follow_up_reports_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_outcomes_locales" ADD CONSTRAINT "_follow_up_reports_v_version_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v_version_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_review_log" ADD CONSTRAINT "_follow_up_reports_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_version_review_log" ADD CONSTRAINT "_follow_up_reports_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v" ADD CONSTRAINT "_follow_up_reports_v_parent_id_follow_up_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v" ADD CONSTRAINT "_follow_up_reports_v_version_plan_id_budget_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v" ADD CONSTRAINT "_follow_up_reports_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_follow_up_reports_v_locales" ADD CONSTRAINT "_follow_up_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_follow_up_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_report_id_follow_up_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goal_assessments_locales" ADD CONSTRAINT "goal_assessments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goal_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goal_assessments_v" ADD CONSTRAINT "_goal_assessments_v_parent_id_goal_assessments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goal_assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goal_assessments_v" ADD CONSTRAINT "_goal_assessments_v_version_report_id_follow_up_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goal_assessments_v" ADD CONSTRAINT "_goal_assessments_v_version_goal_id_goals_id_fk" FOREIGN KEY ("version_goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goal_assessments_v" ADD CONSTRAINT "_goal_assessments_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goal_assessments_v_locales" ADD CONSTRAINT "_goal_assessments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goal_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "follow_up_reports_initiatives_order_idx" ON "follow_up_reports_initiatives" USING btree ("_order");
  CREATE INDEX "follow_up_reports_initiatives_parent_id_idx" ON "follow_up_reports_initiatives" USING btree ("_parent_id");
  CREATE INDEX "follow_up_reports_initiatives_initiative_idx" ON "follow_up_reports_initiatives" USING btree ("initiative_id");
  CREATE UNIQUE INDEX "follow_up_reports_initiatives_locales_locale_parent_id_uniqu" ON "follow_up_reports_initiatives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "follow_up_reports_savings_order_idx" ON "follow_up_reports_savings" USING btree ("_order");
  CREATE INDEX "follow_up_reports_savings_parent_id_idx" ON "follow_up_reports_savings" USING btree ("_parent_id");
  CREATE INDEX "follow_up_reports_savings_measure_idx" ON "follow_up_reports_savings" USING btree ("measure_id");
  CREATE INDEX "follow_up_reports_outcomes_order_idx" ON "follow_up_reports_outcomes" USING btree ("_order");
  CREATE INDEX "follow_up_reports_outcomes_parent_id_idx" ON "follow_up_reports_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "follow_up_reports_outcomes_locales_locale_parent_id_unique" ON "follow_up_reports_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "follow_up_reports_review_log_order_idx" ON "follow_up_reports_review_log" USING btree ("_order");
  CREATE INDEX "follow_up_reports_review_log_parent_id_idx" ON "follow_up_reports_review_log" USING btree ("_parent_id");
  CREATE INDEX "follow_up_reports_review_log_by_idx" ON "follow_up_reports_review_log" USING btree ("by_id");
  CREATE INDEX "follow_up_reports_review_state_idx" ON "follow_up_reports" USING btree ("review_state");
  CREATE INDEX "follow_up_reports_plan_idx" ON "follow_up_reports" USING btree ("plan_id");
  CREATE INDEX "follow_up_reports_published_by_idx" ON "follow_up_reports" USING btree ("published_by_id");
  CREATE INDEX "follow_up_reports_updated_at_idx" ON "follow_up_reports" USING btree ("updated_at");
  CREATE INDEX "follow_up_reports_created_at_idx" ON "follow_up_reports" USING btree ("created_at");
  CREATE INDEX "follow_up_reports__status_idx" ON "follow_up_reports" USING btree ("_status");
  CREATE UNIQUE INDEX "follow_up_reports_locales_locale_parent_id_unique" ON "follow_up_reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_follow_up_reports_v_version_initiatives_order_idx" ON "_follow_up_reports_v_version_initiatives" USING btree ("_order");
  CREATE INDEX "_follow_up_reports_v_version_initiatives_parent_id_idx" ON "_follow_up_reports_v_version_initiatives" USING btree ("_parent_id");
  CREATE INDEX "_follow_up_reports_v_version_initiatives_initiative_idx" ON "_follow_up_reports_v_version_initiatives" USING btree ("initiative_id");
  CREATE UNIQUE INDEX "_follow_up_reports_v_version_initiatives_locales_locale_pare" ON "_follow_up_reports_v_version_initiatives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_follow_up_reports_v_version_savings_order_idx" ON "_follow_up_reports_v_version_savings" USING btree ("_order");
  CREATE INDEX "_follow_up_reports_v_version_savings_parent_id_idx" ON "_follow_up_reports_v_version_savings" USING btree ("_parent_id");
  CREATE INDEX "_follow_up_reports_v_version_savings_measure_idx" ON "_follow_up_reports_v_version_savings" USING btree ("measure_id");
  CREATE INDEX "_follow_up_reports_v_version_outcomes_order_idx" ON "_follow_up_reports_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_follow_up_reports_v_version_outcomes_parent_id_idx" ON "_follow_up_reports_v_version_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_follow_up_reports_v_version_outcomes_locales_locale_parent_" ON "_follow_up_reports_v_version_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_follow_up_reports_v_version_review_log_order_idx" ON "_follow_up_reports_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_follow_up_reports_v_version_review_log_parent_id_idx" ON "_follow_up_reports_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_follow_up_reports_v_version_review_log_by_idx" ON "_follow_up_reports_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_follow_up_reports_v_parent_idx" ON "_follow_up_reports_v" USING btree ("parent_id");
  CREATE INDEX "_follow_up_reports_v_version_version_review_state_idx" ON "_follow_up_reports_v" USING btree ("version_review_state");
  CREATE INDEX "_follow_up_reports_v_version_version_plan_idx" ON "_follow_up_reports_v" USING btree ("version_plan_id");
  CREATE INDEX "_follow_up_reports_v_version_version_published_by_idx" ON "_follow_up_reports_v" USING btree ("version_published_by_id");
  CREATE INDEX "_follow_up_reports_v_version_version_updated_at_idx" ON "_follow_up_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_follow_up_reports_v_version_version_created_at_idx" ON "_follow_up_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_follow_up_reports_v_version_version__status_idx" ON "_follow_up_reports_v" USING btree ("version__status");
  CREATE INDEX "_follow_up_reports_v_created_at_idx" ON "_follow_up_reports_v" USING btree ("created_at");
  CREATE INDEX "_follow_up_reports_v_updated_at_idx" ON "_follow_up_reports_v" USING btree ("updated_at");
  CREATE INDEX "_follow_up_reports_v_snapshot_idx" ON "_follow_up_reports_v" USING btree ("snapshot");
  CREATE INDEX "_follow_up_reports_v_published_locale_idx" ON "_follow_up_reports_v" USING btree ("published_locale");
  CREATE INDEX "_follow_up_reports_v_latest_idx" ON "_follow_up_reports_v" USING btree ("latest");
  CREATE INDEX "_follow_up_reports_v_autosave_idx" ON "_follow_up_reports_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_follow_up_reports_v_locales_locale_parent_id_unique" ON "_follow_up_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "goal_assessments_report_idx" ON "goal_assessments" USING btree ("report_id");
  CREATE INDEX "goal_assessments_goal_idx" ON "goal_assessments" USING btree ("goal_id");
  CREATE INDEX "goal_assessments_responsible_idx" ON "goal_assessments" USING btree ("responsible_id");
  CREATE INDEX "goal_assessments_updated_at_idx" ON "goal_assessments" USING btree ("updated_at");
  CREATE INDEX "goal_assessments_created_at_idx" ON "goal_assessments" USING btree ("created_at");
  CREATE INDEX "goal_assessments__status_idx" ON "goal_assessments" USING btree ("_status");
  CREATE UNIQUE INDEX "goal_assessments_locales_locale_parent_id_unique" ON "goal_assessments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_goal_assessments_v_parent_idx" ON "_goal_assessments_v" USING btree ("parent_id");
  CREATE INDEX "_goal_assessments_v_version_version_report_idx" ON "_goal_assessments_v" USING btree ("version_report_id");
  CREATE INDEX "_goal_assessments_v_version_version_goal_idx" ON "_goal_assessments_v" USING btree ("version_goal_id");
  CREATE INDEX "_goal_assessments_v_version_version_responsible_idx" ON "_goal_assessments_v" USING btree ("version_responsible_id");
  CREATE INDEX "_goal_assessments_v_version_version_updated_at_idx" ON "_goal_assessments_v" USING btree ("version_updated_at");
  CREATE INDEX "_goal_assessments_v_version_version_created_at_idx" ON "_goal_assessments_v" USING btree ("version_created_at");
  CREATE INDEX "_goal_assessments_v_version_version__status_idx" ON "_goal_assessments_v" USING btree ("version__status");
  CREATE INDEX "_goal_assessments_v_created_at_idx" ON "_goal_assessments_v" USING btree ("created_at");
  CREATE INDEX "_goal_assessments_v_updated_at_idx" ON "_goal_assessments_v" USING btree ("updated_at");
  CREATE INDEX "_goal_assessments_v_snapshot_idx" ON "_goal_assessments_v" USING btree ("snapshot");
  CREATE INDEX "_goal_assessments_v_published_locale_idx" ON "_goal_assessments_v" USING btree ("published_locale");
  CREATE INDEX "_goal_assessments_v_latest_idx" ON "_goal_assessments_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_goal_assessments_v_locales_locale_parent_id_unique" ON "_goal_assessments_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_up_reports_fk" FOREIGN KEY ("follow_up_reports_id") REFERENCES "public"."follow_up_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_goal_assessments_fk" FOREIGN KEY ("goal_assessments_id") REFERENCES "public"."goal_assessments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_follow_up_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_up_reports_id");
  CREATE INDEX "payload_locked_documents_rels_goal_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("goal_assessments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "follow_up_reports_initiatives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports_initiatives_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports_savings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports_outcomes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follow_up_reports_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_version_initiatives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_version_initiatives_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_version_savings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_version_outcomes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_version_outcomes_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_follow_up_reports_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "goal_assessments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "goal_assessments_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_goal_assessments_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_goal_assessments_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "follow_up_reports_initiatives" CASCADE;
  DROP TABLE "follow_up_reports_initiatives_locales" CASCADE;
  DROP TABLE "follow_up_reports_savings" CASCADE;
  DROP TABLE "follow_up_reports_outcomes" CASCADE;
  DROP TABLE "follow_up_reports_outcomes_locales" CASCADE;
  DROP TABLE "follow_up_reports_review_log" CASCADE;
  DROP TABLE "follow_up_reports" CASCADE;
  DROP TABLE "follow_up_reports_locales" CASCADE;
  DROP TABLE "_follow_up_reports_v_version_initiatives" CASCADE;
  DROP TABLE "_follow_up_reports_v_version_initiatives_locales" CASCADE;
  DROP TABLE "_follow_up_reports_v_version_savings" CASCADE;
  DROP TABLE "_follow_up_reports_v_version_outcomes" CASCADE;
  DROP TABLE "_follow_up_reports_v_version_outcomes_locales" CASCADE;
  DROP TABLE "_follow_up_reports_v_version_review_log" CASCADE;
  DROP TABLE "_follow_up_reports_v" CASCADE;
  DROP TABLE "_follow_up_reports_v_locales" CASCADE;
  DROP TABLE "goal_assessments" CASCADE;
  DROP TABLE "goal_assessments_locales" CASCADE;
  DROP TABLE "_goal_assessments_v" CASCADE;
  DROP TABLE "_goal_assessments_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follow_up_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_goal_assessments_fk";
  
  DROP INDEX "payload_locked_documents_rels_follow_up_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_goal_assessments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follow_up_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "goal_assessments_id";
  DROP TYPE "public"."enum_follow_up_reports_outcomes_kind";
  DROP TYPE "public"."enum_follow_up_reports_kind";
  DROP TYPE "public"."enum_follow_up_reports_review_state";
  DROP TYPE "public"."enum_follow_up_reports_status";
  DROP TYPE "public"."enum__follow_up_reports_v_version_outcomes_kind";
  DROP TYPE "public"."enum__follow_up_reports_v_version_kind";
  DROP TYPE "public"."enum__follow_up_reports_v_version_review_state";
  DROP TYPE "public"."enum__follow_up_reports_v_version_status";
  DROP TYPE "public"."enum__follow_up_reports_v_published_locale";
  DROP TYPE "public"."enum_goal_assessments_assessment";
  DROP TYPE "public"."enum_goal_assessments_suggested";
  DROP TYPE "public"."enum_goal_assessments_status";
  DROP TYPE "public"."enum__goal_assessments_v_version_assessment";
  DROP TYPE "public"."enum__goal_assessments_v_version_suggested";
  DROP TYPE "public"."enum__goal_assessments_v_version_status";
  DROP TYPE "public"."enum__goal_assessments_v_published_locale";`)
}
