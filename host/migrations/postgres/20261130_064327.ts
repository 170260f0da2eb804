import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_budget_plans_budget_lines_kind" AS ENUM('drift', 'investering');
  CREATE TYPE "public"."enum_budget_plans_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_budget_plans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__budget_plans_v_version_budget_lines_kind" AS ENUM('drift', 'investering');
  CREATE TYPE "public"."enum__budget_plans_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__budget_plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__budget_plans_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_focus_areas_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_focus_areas_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__focus_areas_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__focus_areas_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__focus_areas_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_goals_indicators_direction" AS ENUM('higher', 'lower');
  CREATE TYPE "public"."enum_goals_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_goals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goals_v_version_indicators_direction" AS ENUM('higher', 'lower');
  CREATE TYPE "public"."enum__goals_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__goals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__goals_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_initiatives_work_state" AS ENUM('planned', 'ongoing', 'done', 'postponed', 'cancelled');
  CREATE TYPE "public"."enum_initiatives_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_initiatives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__initiatives_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_savings_measures_category" AS ENUM('premises', 'property_management', 'staffing', 'purchasing', 'digitalisation', 'other');
  CREATE TYPE "public"."enum_savings_measures_work_state" AS ENUM('planned', 'ongoing', 'done', 'cancelled');
  CREATE TYPE "public"."enum_savings_measures_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_savings_measures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__savings_measures_v_version_category" AS ENUM('premises', 'property_management', 'staffing', 'purchasing', 'digitalisation', 'other');
  CREATE TYPE "public"."enum__savings_measures_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__savings_measures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__savings_measures_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'in_progress', 'answered', 'closed');
  CREATE TYPE "public"."enum_media_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_media_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__media_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__media_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_documents_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_review_state" AS ENUM('draft', 'in_review', 'approved', 'returned');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_gdpr_requests_action" AS ENUM('export', 'erase');
  CREATE TYPE "public"."enum_gdpr_requests_via" AS ENUM('api', 'cli');
  CREATE TYPE "public"."enum_indicator_imports_trigger" AS ENUM('schedule', 'admin', 'cli');
  CREATE TYPE "public"."enum_indicator_imports_outcome" AS ENUM('ok', 'partial', 'failed');
  CREATE TYPE "public"."enum_indicator_alerts_reason" AS ENUM('newer_year', 'no_recent_figure');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('plan-decided', 'plan-decision-undone');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'reviewer', 'editor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendReviewReminders', 'applyRetention', 'importIndicators', 'publishApproved', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendReviewReminders', 'applyRetention', 'importIndicators', 'publishApproved', 'schedulePublish');
  CREATE TYPE "public"."enum_site_settings_appearance_font_stack" AS ENUM('system', 'humanist', 'serif');
  CREATE TABLE "budget_plans_governing_parties" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"abbreviation" varchar
  );
  
  CREATE TABLE "budget_plans_budget_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"committee" varchar,
  	"kind" "enum_budget_plans_budget_lines_kind" DEFAULT 'drift',
  	"income" boolean,
  	"amount" numeric,
  	"previous_amount" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "budget_plans_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "budget_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tax_rate" numeric,
  	"tax_unchanged" boolean DEFAULT false,
  	"hero_image_id" integer,
  	"full_document_file_id" integer,
  	"council_decision_date" timestamp(3) with time zone,
  	"council_decision_paragraph" varchar,
  	"council_decision_diary_number" varchar,
  	"year" numeric,
  	"slug" varchar,
  	"previous_edition_id" integer,
  	"review_state" "enum_budget_plans_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"page_owner_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"page_updated_at" timestamp(3) with time zone,
  	"review_reminder_sent_for" timestamp(3) with time zone,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_budget_plans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "budget_plans_locales" (
  	"title" varchar,
  	"subtitle" varchar,
  	"vision" varchar,
  	"intro" jsonb,
  	"work_section_heading" varchar,
  	"work_section_body" jsonb,
  	"work_section_initiatives_lead" varchar,
  	"economy_section_heading" varchar,
  	"economy_section_body" jsonb,
  	"economy_section_savings_lead" varchar,
  	"tax_statement" varchar,
  	"full_document_link_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "budget_plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"focus_areas_id" integer,
  	"goals_id" integer,
  	"initiatives_id" integer
  );
  
  CREATE TABLE "_budget_plans_v_version_governing_parties" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"abbreviation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_budget_plans_v_version_budget_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"committee" varchar,
  	"kind" "enum__budget_plans_v_version_budget_lines_kind" DEFAULT 'drift',
  	"income" boolean,
  	"amount" numeric,
  	"previous_amount" numeric,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_budget_plans_v_version_review_log" (
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
  
  CREATE TABLE "_budget_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tax_rate" numeric,
  	"version_tax_unchanged" boolean DEFAULT false,
  	"version_hero_image_id" integer,
  	"version_full_document_file_id" integer,
  	"version_council_decision_date" timestamp(3) with time zone,
  	"version_council_decision_paragraph" varchar,
  	"version_council_decision_diary_number" varchar,
  	"version_year" numeric,
  	"version_slug" varchar,
  	"version_previous_edition_id" integer,
  	"version_review_state" "enum__budget_plans_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_page_owner_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_page_updated_at" timestamp(3) with time zone,
  	"version_review_reminder_sent_for" timestamp(3) with time zone,
  	"version_published_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__budget_plans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__budget_plans_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_budget_plans_v_locales" (
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_vision" varchar,
  	"version_intro" jsonb,
  	"version_work_section_heading" varchar,
  	"version_work_section_body" jsonb,
  	"version_work_section_initiatives_lead" varchar,
  	"version_economy_section_heading" varchar,
  	"version_economy_section_body" jsonb,
  	"version_economy_section_savings_lead" varchar,
  	"version_tax_statement" varchar,
  	"version_full_document_link_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_budget_plans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"focus_areas_id" integer,
  	"goals_id" integer,
  	"initiatives_id" integer
  );
  
  CREATE TABLE "focus_areas_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "focus_areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"order" numeric DEFAULT 0,
  	"review_state" "enum_focus_areas_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_focus_areas_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "focus_areas_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_focus_areas_v_version_review_log" (
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
  
  CREATE TABLE "_focus_areas_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_review_state" "enum__focus_areas_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_published_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__focus_areas_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__focus_areas_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_focus_areas_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "goals_indicators_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"value" numeric,
  	"national" numeric,
  	"group" numeric
  );
  
  CREATE TABLE "goals_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kpi_id" varchar,
  	"direction" "enum_goals_indicators_direction" DEFAULT 'higher',
  	"baseline_value" numeric,
  	"baseline_year" numeric,
  	"target_value" numeric,
  	"target_year" numeric,
  	"use_kolada" boolean DEFAULT true
  );
  
  CREATE TABLE "goals_indicators_locales" (
  	"name" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "goals_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "goals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"plan_id" integer,
  	"previous_edition_id" integer,
  	"review_state" "enum_goals_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"order" numeric DEFAULT 0,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_goals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "goals_locales" (
  	"title" varchar,
  	"description" varchar,
  	"rationale" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "goals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"focus_areas_id" integer
  );
  
  CREATE TABLE "_goals_v_version_indicators_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"value" numeric,
  	"national" numeric,
  	"group" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_goals_v_version_indicators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kpi_id" varchar,
  	"direction" "enum__goals_v_version_indicators_direction" DEFAULT 'higher',
  	"baseline_value" numeric,
  	"baseline_year" numeric,
  	"target_value" numeric,
  	"target_year" numeric,
  	"use_kolada" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_goals_v_version_indicators_locales" (
  	"name" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_goals_v_version_review_log" (
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
  
  CREATE TABLE "_goals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_plan_id" integer,
  	"version_previous_edition_id" integer,
  	"version_review_state" "enum__goals_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_order" numeric DEFAULT 0,
  	"version_published_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__goals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__goals_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_goals_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_rationale" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_goals_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"focus_areas_id" integer
  );
  
  CREATE TABLE "initiatives_places" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"latitude" numeric,
  	"longitude" numeric
  );
  
  CREATE TABLE "initiatives_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "initiatives_milestones_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "initiatives_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "initiatives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_initiatives_work_state" DEFAULT 'planned',
  	"progress" numeric DEFAULT 0,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"plan_id" integer,
  	"previous_edition_id" integer,
  	"review_state" "enum_initiatives_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"order" numeric DEFAULT 0,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_initiatives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "initiatives_locales" (
  	"title" varchar,
  	"description" jsonb,
  	"responsible_committee" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "initiatives_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" integer,
  	"focus_areas_id" integer
  );
  
  CREATE TABLE "_initiatives_v_version_places" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_initiatives_v_version_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_initiatives_v_version_milestones_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_initiatives_v_version_review_log" (
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
  
  CREATE TABLE "_initiatives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_status" "enum_initiatives_work_state" DEFAULT 'planned',
  	"version_progress" numeric DEFAULT 0,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_plan_id" integer,
  	"version_previous_edition_id" integer,
  	"version_review_state" "enum__initiatives_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_order" numeric DEFAULT 0,
  	"version_published_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__initiatives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__initiatives_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_initiatives_v_locales" (
  	"version_title" varchar,
  	"version_description" jsonb,
  	"version_responsible_committee" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_initiatives_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" integer,
  	"focus_areas_id" integer
  );
  
  CREATE TABLE "savings_measures_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "savings_measures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum_savings_measures_category",
  	"estimated_annual_savings" numeric,
  	"status" "enum_savings_measures_work_state" DEFAULT 'ongoing',
  	"plan_id" integer,
  	"previous_edition_id" integer,
  	"carry_over" boolean,
  	"review_state" "enum_savings_measures_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"order" numeric DEFAULT 0,
  	"published_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_savings_measures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "savings_measures_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_savings_measures_v_version_review_log" (
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
  
  CREATE TABLE "_savings_measures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_category" "enum__savings_measures_v_version_category",
  	"version_estimated_annual_savings" numeric,
  	"version_status" "enum_savings_measures_work_state" DEFAULT 'ongoing',
  	"version_plan_id" integer,
  	"version_previous_edition_id" integer,
  	"version_carry_over" boolean,
  	"version_review_state" "enum__savings_measures_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_order" numeric DEFAULT 0,
  	"version_published_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__savings_measures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__savings_measures_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_savings_measures_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"page_id" integer,
  	"page_path" varchar,
  	"name" varchar,
  	"email" varchar,
  	"message" varchar NOT NULL,
  	"status" "enum_feedback_status" DEFAULT 'new' NOT NULL,
  	"handler_id" integer,
  	"internal_note" varchar,
  	"receipt" varchar,
  	"notice_version" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_media_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_media_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_media_v_version_review_log" (
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
  
  CREATE TABLE "_media_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__media_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__media_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"version_sizes_thumbnail_url" varchar,
  	"version_sizes_thumbnail_width" numeric,
  	"version_sizes_thumbnail_height" numeric,
  	"version_sizes_thumbnail_mime_type" varchar,
  	"version_sizes_thumbnail_filesize" numeric,
  	"version_sizes_thumbnail_filename" varchar,
  	"version_sizes_card_url" varchar,
  	"version_sizes_card_width" numeric,
  	"version_sizes_card_height" numeric,
  	"version_sizes_card_mime_type" varchar,
  	"version_sizes_card_filesize" numeric,
  	"version_sizes_card_filename" varchar,
  	"version_sizes_hero_url" varchar,
  	"version_sizes_hero_width" numeric,
  	"version_sizes_hero_height" numeric,
  	"version_sizes_hero_mime_type" varchar,
  	"version_sizes_hero_filesize" numeric,
  	"version_sizes_hero_filename" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__media_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_media_v_locales" (
  	"version_alt" varchar,
  	"version_caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "documents_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"review_state" "enum_documents_review_state" DEFAULT 'draft',
  	"review_pin" jsonb,
  	"scheduled_publish" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_documents_v_version_review_log" (
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
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_review_state" "enum__documents_v_version_review_state" DEFAULT 'draft',
  	"version_review_pin" jsonb,
  	"version_scheduled_publish" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__documents_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_locales" (
  	"version_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "job_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gdpr_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_gdpr_requests_action" NOT NULL,
  	"email_hash" varchar NOT NULL,
  	"count" numeric NOT NULL,
  	"performed_by_id" integer,
  	"via" "enum_gdpr_requests_via" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_series" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kpi_id" varchar NOT NULL,
  	"title" varchar,
  	"gender_divided" boolean,
  	"latest_year" numeric,
  	"points" jsonb,
  	"fetched_at" timestamp(3) with time zone,
  	"checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"trigger" "enum_indicator_imports_trigger" NOT NULL,
  	"outcome" "enum_indicator_imports_outcome" NOT NULL,
  	"kpis" varchar,
  	"change_count" numeric,
  	"error_count" numeric,
  	"summary" varchar,
  	"changes" jsonb,
  	"errors" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicator_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"goal_id" integer,
  	"indicator_name" varchar,
  	"kpi_id" varchar,
  	"reason" "enum_indicator_alerts_reason" NOT NULL,
  	"message" varchar,
  	"sent_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plan_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"plan_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"date" varchar NOT NULL,
  	"paragraph" varchar,
  	"diary_number" varchar,
  	"decided_by_id" integer,
  	"snapshot" jsonb NOT NULL,
  	"correction_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"plan_id" integer,
  	"by_id" integer,
  	"reason" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"budget_plans_id" integer,
  	"focus_areas_id" integer,
  	"goals_id" integer,
  	"initiatives_id" integer,
  	"savings_measures_id" integer,
  	"feedback_id" integer,
  	"media_id" integer,
  	"documents_id" integer,
  	"job_leases_id" integer,
  	"gdpr_requests_id" integer,
  	"indicator_series_id" integer,
  	"indicator_imports_id" integer,
  	"indicator_alerts_id" integer,
  	"plan_decisions_id" integer,
  	"audit_log_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_name" varchar DEFAULT 'Hedemora kommun' NOT NULL,
  	"contact_phone" varchar,
  	"data_protection_url" varchar,
  	"notice_version" numeric,
  	"notice_date" timestamp(3) with time zone,
  	"accessibility_statement_url" varchar,
  	"open_data_licence_name" varchar DEFAULT 'CC0 1.0' NOT NULL,
  	"open_data_licence_url" varchar,
  	"retention_personal_data_months" numeric DEFAULT 12 NOT NULL,
  	"retention_record_months" numeric DEFAULT 24 NOT NULL,
  	"appearance_logo_id" integer,
  	"appearance_primary_color" varchar,
  	"appearance_accent_color" varchar,
  	"appearance_font_stack" "enum_site_settings_appearance_font_stack" DEFAULT 'system',
  	"kolada_municipality_id" varchar,
  	"kolada_group_id" varchar,
  	"kolada_group_title" varchar,
  	"review_workflow" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"customer_service_name" varchar DEFAULT 'kundtjänst',
  	"data_protection_notice" jsonb,
  	"feedback_form_heading" varchar DEFAULT 'Har du synpunkter på den här sidan, tar vi tacksamt emot dem.',
  	"feedback_form_intro" varchar DEFAULT 'Fyll i formuläret nedan och dina synpunkter skickas till ansvarig för sidan. Om du anger din e-postadress kan vi ge återkoppling annars kan vi tyvärr inte svara.',
  	"feedback_form_thanks" varchar DEFAULT 'Tack för att du hjälper oss att skapa en bättre webbplats.',
  	"feedback_form_privacy" varchar DEFAULT 'Din synpunkt skickas till den som ansvarar för sidan och används för att förbättra webbplatsen och, om du anger din e-postadress, för att svara dig. Synpunkter till kommunen blir allmänna handlingar. Namn och e-postadress raderas efter {personalDataMonths} månader och själva synpunkten efter {recordMonths} månader.',
  	"feedback_form_name_label" varchar DEFAULT 'Ditt namn:',
  	"feedback_form_email_label" varchar DEFAULT 'Din e-postadress:',
  	"feedback_form_message_label" varchar DEFAULT 'Din synpunkt:',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "public_change_marker" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"token" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "budget_plans_governing_parties" ADD CONSTRAINT "budget_plans_governing_parties_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans_budget_lines" ADD CONSTRAINT "budget_plans_budget_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans_review_log" ADD CONSTRAINT "budget_plans_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_plans_review_log" ADD CONSTRAINT "budget_plans_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans" ADD CONSTRAINT "budget_plans_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_plans" ADD CONSTRAINT "budget_plans_full_document_file_id_documents_id_fk" FOREIGN KEY ("full_document_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_plans" ADD CONSTRAINT "budget_plans_previous_edition_id_budget_plans_id_fk" FOREIGN KEY ("previous_edition_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_plans" ADD CONSTRAINT "budget_plans_page_owner_id_users_id_fk" FOREIGN KEY ("page_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_plans" ADD CONSTRAINT "budget_plans_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_plans_locales" ADD CONSTRAINT "budget_plans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."budget_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans_rels" ADD CONSTRAINT "budget_plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."budget_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans_rels" ADD CONSTRAINT "budget_plans_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans_rels" ADD CONSTRAINT "budget_plans_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "budget_plans_rels" ADD CONSTRAINT "budget_plans_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_version_governing_parties" ADD CONSTRAINT "_budget_plans_v_version_governing_parties_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_version_budget_lines" ADD CONSTRAINT "_budget_plans_v_version_budget_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_version_review_log" ADD CONSTRAINT "_budget_plans_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_version_review_log" ADD CONSTRAINT "_budget_plans_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v" ADD CONSTRAINT "_budget_plans_v_parent_id_budget_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v" ADD CONSTRAINT "_budget_plans_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v" ADD CONSTRAINT "_budget_plans_v_version_full_document_file_id_documents_id_fk" FOREIGN KEY ("version_full_document_file_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v" ADD CONSTRAINT "_budget_plans_v_version_previous_edition_id_budget_plans_id_fk" FOREIGN KEY ("version_previous_edition_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v" ADD CONSTRAINT "_budget_plans_v_version_page_owner_id_users_id_fk" FOREIGN KEY ("version_page_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v" ADD CONSTRAINT "_budget_plans_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_locales" ADD CONSTRAINT "_budget_plans_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_budget_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_rels" ADD CONSTRAINT "_budget_plans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_budget_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_rels" ADD CONSTRAINT "_budget_plans_v_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_rels" ADD CONSTRAINT "_budget_plans_v_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_budget_plans_v_rels" ADD CONSTRAINT "_budget_plans_v_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "focus_areas_review_log" ADD CONSTRAINT "focus_areas_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "focus_areas_review_log" ADD CONSTRAINT "focus_areas_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "focus_areas_locales" ADD CONSTRAINT "focus_areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_focus_areas_v_version_review_log" ADD CONSTRAINT "_focus_areas_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_focus_areas_v_version_review_log" ADD CONSTRAINT "_focus_areas_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_focus_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_focus_areas_v" ADD CONSTRAINT "_focus_areas_v_parent_id_focus_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."focus_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_focus_areas_v" ADD CONSTRAINT "_focus_areas_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_focus_areas_v_locales" ADD CONSTRAINT "_focus_areas_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_focus_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_indicators_figures" ADD CONSTRAINT "goals_indicators_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_indicators" ADD CONSTRAINT "goals_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_indicators_locales" ADD CONSTRAINT "goals_indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_review_log" ADD CONSTRAINT "goals_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_review_log" ADD CONSTRAINT "goals_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_previous_edition_id_goals_id_fk" FOREIGN KEY ("previous_edition_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_locales" ADD CONSTRAINT "goals_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_rels" ADD CONSTRAINT "goals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals_rels" ADD CONSTRAINT "goals_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_indicators_figures" ADD CONSTRAINT "_goals_v_version_indicators_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v_version_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_indicators" ADD CONSTRAINT "_goals_v_version_indicators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_indicators_locales" ADD CONSTRAINT "_goals_v_version_indicators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v_version_indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_version_review_log" ADD CONSTRAINT "_goals_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v_version_review_log" ADD CONSTRAINT "_goals_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_plan_id_budget_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_previous_edition_id_goals_id_fk" FOREIGN KEY ("version_previous_edition_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v" ADD CONSTRAINT "_goals_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_goals_v_locales" ADD CONSTRAINT "_goals_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_rels" ADD CONSTRAINT "_goals_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_goals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_goals_v_rels" ADD CONSTRAINT "_goals_v_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_places" ADD CONSTRAINT "initiatives_places_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_milestones" ADD CONSTRAINT "initiatives_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_milestones_locales" ADD CONSTRAINT "initiatives_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_review_log" ADD CONSTRAINT "initiatives_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives_review_log" ADD CONSTRAINT "initiatives_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_previous_edition_id_initiatives_id_fk" FOREIGN KEY ("previous_edition_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives_locales" ADD CONSTRAINT "initiatives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_places" ADD CONSTRAINT "_initiatives_v_version_places_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_milestones" ADD CONSTRAINT "_initiatives_v_version_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_milestones_locales" ADD CONSTRAINT "_initiatives_v_version_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v_version_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_review_log" ADD CONSTRAINT "_initiatives_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_review_log" ADD CONSTRAINT "_initiatives_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_parent_id_initiatives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_plan_id_budget_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_previous_edition_id_initiatives_id_fk" FOREIGN KEY ("version_previous_edition_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v_locales" ADD CONSTRAINT "_initiatives_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "savings_measures_review_log" ADD CONSTRAINT "savings_measures_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "savings_measures_review_log" ADD CONSTRAINT "savings_measures_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."savings_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "savings_measures" ADD CONSTRAINT "savings_measures_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "savings_measures" ADD CONSTRAINT "savings_measures_previous_edition_id_savings_measures_id_fk" FOREIGN KEY ("previous_edition_id") REFERENCES "public"."savings_measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "savings_measures" ADD CONSTRAINT "savings_measures_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "savings_measures_locales" ADD CONSTRAINT "savings_measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."savings_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_savings_measures_v_version_review_log" ADD CONSTRAINT "_savings_measures_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_savings_measures_v_version_review_log" ADD CONSTRAINT "_savings_measures_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_savings_measures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_savings_measures_v" ADD CONSTRAINT "_savings_measures_v_parent_id_savings_measures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."savings_measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_savings_measures_v" ADD CONSTRAINT "_savings_measures_v_version_plan_id_budget_plans_id_fk" FOREIGN KEY ("version_plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_savings_measures_v" ADD CONSTRAINT "_savings_measures_v_version_previous_edition_id_savings_measures_id_fk" FOREIGN KEY ("version_previous_edition_id") REFERENCES "public"."savings_measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_savings_measures_v" ADD CONSTRAINT "_savings_measures_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_savings_measures_v_locales" ADD CONSTRAINT "_savings_measures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_savings_measures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_page_id_budget_plans_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_review_log" ADD CONSTRAINT "media_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_review_log" ADD CONSTRAINT "media_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_v_version_review_log" ADD CONSTRAINT "_media_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_v_version_review_log" ADD CONSTRAINT "_media_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_media_v" ADD CONSTRAINT "_media_v_parent_id_media_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_media_v_locales" ADD CONSTRAINT "_media_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_media_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_review_log" ADD CONSTRAINT "documents_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_review_log" ADD CONSTRAINT "documents_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_review_log" ADD CONSTRAINT "_documents_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_version_review_log" ADD CONSTRAINT "_documents_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_locales" ADD CONSTRAINT "_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "gdpr_requests" ADD CONSTRAINT "gdpr_requests_performed_by_id_users_id_fk" FOREIGN KEY ("performed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicator_alerts" ADD CONSTRAINT "indicator_alerts_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_decisions" ADD CONSTRAINT "plan_decisions_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_decisions" ADD CONSTRAINT "plan_decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_plan_id_budget_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."budget_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_plans_fk" FOREIGN KEY ("budget_plans_id") REFERENCES "public"."budget_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_focus_areas_fk" FOREIGN KEY ("focus_areas_id") REFERENCES "public"."focus_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_savings_measures_fk" FOREIGN KEY ("savings_measures_id") REFERENCES "public"."savings_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_leases_fk" FOREIGN KEY ("job_leases_id") REFERENCES "public"."job_leases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gdpr_requests_fk" FOREIGN KEY ("gdpr_requests_id") REFERENCES "public"."gdpr_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_series_fk" FOREIGN KEY ("indicator_series_id") REFERENCES "public"."indicator_series"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_imports_fk" FOREIGN KEY ("indicator_imports_id") REFERENCES "public"."indicator_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_alerts_fk" FOREIGN KEY ("indicator_alerts_id") REFERENCES "public"."indicator_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plan_decisions_fk" FOREIGN KEY ("plan_decisions_id") REFERENCES "public"."plan_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_appearance_logo_id_media_id_fk" FOREIGN KEY ("appearance_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "budget_plans_governing_parties_order_idx" ON "budget_plans_governing_parties" USING btree ("_order");
  CREATE INDEX "budget_plans_governing_parties_parent_id_idx" ON "budget_plans_governing_parties" USING btree ("_parent_id");
  CREATE INDEX "budget_plans_budget_lines_order_idx" ON "budget_plans_budget_lines" USING btree ("_order");
  CREATE INDEX "budget_plans_budget_lines_parent_id_idx" ON "budget_plans_budget_lines" USING btree ("_parent_id");
  CREATE INDEX "budget_plans_review_log_order_idx" ON "budget_plans_review_log" USING btree ("_order");
  CREATE INDEX "budget_plans_review_log_parent_id_idx" ON "budget_plans_review_log" USING btree ("_parent_id");
  CREATE INDEX "budget_plans_review_log_by_idx" ON "budget_plans_review_log" USING btree ("by_id");
  CREATE INDEX "budget_plans_hero_image_idx" ON "budget_plans" USING btree ("hero_image_id");
  CREATE INDEX "budget_plans_full_document_full_document_file_idx" ON "budget_plans" USING btree ("full_document_file_id");
  CREATE UNIQUE INDEX "budget_plans_year_idx" ON "budget_plans" USING btree ("year");
  CREATE UNIQUE INDEX "budget_plans_slug_idx" ON "budget_plans" USING btree ("slug");
  CREATE INDEX "budget_plans_previous_edition_idx" ON "budget_plans" USING btree ("previous_edition_id");
  CREATE INDEX "budget_plans_review_state_idx" ON "budget_plans" USING btree ("review_state");
  CREATE INDEX "budget_plans_page_owner_idx" ON "budget_plans" USING btree ("page_owner_id");
  CREATE INDEX "budget_plans_published_by_idx" ON "budget_plans" USING btree ("published_by_id");
  CREATE INDEX "budget_plans_updated_at_idx" ON "budget_plans" USING btree ("updated_at");
  CREATE INDEX "budget_plans_created_at_idx" ON "budget_plans" USING btree ("created_at");
  CREATE INDEX "budget_plans__status_idx" ON "budget_plans" USING btree ("_status");
  CREATE UNIQUE INDEX "budget_plans_locales_locale_parent_id_unique" ON "budget_plans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "budget_plans_rels_order_idx" ON "budget_plans_rels" USING btree ("order");
  CREATE INDEX "budget_plans_rels_parent_idx" ON "budget_plans_rels" USING btree ("parent_id");
  CREATE INDEX "budget_plans_rels_path_idx" ON "budget_plans_rels" USING btree ("path");
  CREATE INDEX "budget_plans_rels_focus_areas_id_idx" ON "budget_plans_rels" USING btree ("focus_areas_id");
  CREATE INDEX "budget_plans_rels_goals_id_idx" ON "budget_plans_rels" USING btree ("goals_id");
  CREATE INDEX "budget_plans_rels_initiatives_id_idx" ON "budget_plans_rels" USING btree ("initiatives_id");
  CREATE INDEX "_budget_plans_v_version_governing_parties_order_idx" ON "_budget_plans_v_version_governing_parties" USING btree ("_order");
  CREATE INDEX "_budget_plans_v_version_governing_parties_parent_id_idx" ON "_budget_plans_v_version_governing_parties" USING btree ("_parent_id");
  CREATE INDEX "_budget_plans_v_version_budget_lines_order_idx" ON "_budget_plans_v_version_budget_lines" USING btree ("_order");
  CREATE INDEX "_budget_plans_v_version_budget_lines_parent_id_idx" ON "_budget_plans_v_version_budget_lines" USING btree ("_parent_id");
  CREATE INDEX "_budget_plans_v_version_review_log_order_idx" ON "_budget_plans_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_budget_plans_v_version_review_log_parent_id_idx" ON "_budget_plans_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_budget_plans_v_version_review_log_by_idx" ON "_budget_plans_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_budget_plans_v_parent_idx" ON "_budget_plans_v" USING btree ("parent_id");
  CREATE INDEX "_budget_plans_v_version_version_hero_image_idx" ON "_budget_plans_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_budget_plans_v_version_full_document_version_full_docum_idx" ON "_budget_plans_v" USING btree ("version_full_document_file_id");
  CREATE INDEX "_budget_plans_v_version_version_year_idx" ON "_budget_plans_v" USING btree ("version_year");
  CREATE INDEX "_budget_plans_v_version_version_slug_idx" ON "_budget_plans_v" USING btree ("version_slug");
  CREATE INDEX "_budget_plans_v_version_version_previous_edition_idx" ON "_budget_plans_v" USING btree ("version_previous_edition_id");
  CREATE INDEX "_budget_plans_v_version_version_review_state_idx" ON "_budget_plans_v" USING btree ("version_review_state");
  CREATE INDEX "_budget_plans_v_version_version_page_owner_idx" ON "_budget_plans_v" USING btree ("version_page_owner_id");
  CREATE INDEX "_budget_plans_v_version_version_published_by_idx" ON "_budget_plans_v" USING btree ("version_published_by_id");
  CREATE INDEX "_budget_plans_v_version_version_updated_at_idx" ON "_budget_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_budget_plans_v_version_version_created_at_idx" ON "_budget_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_budget_plans_v_version_version__status_idx" ON "_budget_plans_v" USING btree ("version__status");
  CREATE INDEX "_budget_plans_v_created_at_idx" ON "_budget_plans_v" USING btree ("created_at");
  CREATE INDEX "_budget_plans_v_updated_at_idx" ON "_budget_plans_v" USING btree ("updated_at");
  CREATE INDEX "_budget_plans_v_snapshot_idx" ON "_budget_plans_v" USING btree ("snapshot");
  CREATE INDEX "_budget_plans_v_published_locale_idx" ON "_budget_plans_v" USING btree ("published_locale");
  CREATE INDEX "_budget_plans_v_latest_idx" ON "_budget_plans_v" USING btree ("latest");
  CREATE INDEX "_budget_plans_v_autosave_idx" ON "_budget_plans_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_budget_plans_v_locales_locale_parent_id_unique" ON "_budget_plans_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_budget_plans_v_rels_order_idx" ON "_budget_plans_v_rels" USING btree ("order");
  CREATE INDEX "_budget_plans_v_rels_parent_idx" ON "_budget_plans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_budget_plans_v_rels_path_idx" ON "_budget_plans_v_rels" USING btree ("path");
  CREATE INDEX "_budget_plans_v_rels_focus_areas_id_idx" ON "_budget_plans_v_rels" USING btree ("focus_areas_id");
  CREATE INDEX "_budget_plans_v_rels_goals_id_idx" ON "_budget_plans_v_rels" USING btree ("goals_id");
  CREATE INDEX "_budget_plans_v_rels_initiatives_id_idx" ON "_budget_plans_v_rels" USING btree ("initiatives_id");
  CREATE INDEX "focus_areas_review_log_order_idx" ON "focus_areas_review_log" USING btree ("_order");
  CREATE INDEX "focus_areas_review_log_parent_id_idx" ON "focus_areas_review_log" USING btree ("_parent_id");
  CREATE INDEX "focus_areas_review_log_by_idx" ON "focus_areas_review_log" USING btree ("by_id");
  CREATE UNIQUE INDEX "focus_areas_slug_idx" ON "focus_areas" USING btree ("slug");
  CREATE INDEX "focus_areas_order_idx" ON "focus_areas" USING btree ("order");
  CREATE INDEX "focus_areas_review_state_idx" ON "focus_areas" USING btree ("review_state");
  CREATE INDEX "focus_areas_published_by_idx" ON "focus_areas" USING btree ("published_by_id");
  CREATE INDEX "focus_areas_updated_at_idx" ON "focus_areas" USING btree ("updated_at");
  CREATE INDEX "focus_areas_created_at_idx" ON "focus_areas" USING btree ("created_at");
  CREATE INDEX "focus_areas__status_idx" ON "focus_areas" USING btree ("_status");
  CREATE UNIQUE INDEX "focus_areas_locales_locale_parent_id_unique" ON "focus_areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_focus_areas_v_version_review_log_order_idx" ON "_focus_areas_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_focus_areas_v_version_review_log_parent_id_idx" ON "_focus_areas_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_focus_areas_v_version_review_log_by_idx" ON "_focus_areas_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_focus_areas_v_parent_idx" ON "_focus_areas_v" USING btree ("parent_id");
  CREATE INDEX "_focus_areas_v_version_version_slug_idx" ON "_focus_areas_v" USING btree ("version_slug");
  CREATE INDEX "_focus_areas_v_version_version_order_idx" ON "_focus_areas_v" USING btree ("version_order");
  CREATE INDEX "_focus_areas_v_version_version_review_state_idx" ON "_focus_areas_v" USING btree ("version_review_state");
  CREATE INDEX "_focus_areas_v_version_version_published_by_idx" ON "_focus_areas_v" USING btree ("version_published_by_id");
  CREATE INDEX "_focus_areas_v_version_version_updated_at_idx" ON "_focus_areas_v" USING btree ("version_updated_at");
  CREATE INDEX "_focus_areas_v_version_version_created_at_idx" ON "_focus_areas_v" USING btree ("version_created_at");
  CREATE INDEX "_focus_areas_v_version_version__status_idx" ON "_focus_areas_v" USING btree ("version__status");
  CREATE INDEX "_focus_areas_v_created_at_idx" ON "_focus_areas_v" USING btree ("created_at");
  CREATE INDEX "_focus_areas_v_updated_at_idx" ON "_focus_areas_v" USING btree ("updated_at");
  CREATE INDEX "_focus_areas_v_snapshot_idx" ON "_focus_areas_v" USING btree ("snapshot");
  CREATE INDEX "_focus_areas_v_published_locale_idx" ON "_focus_areas_v" USING btree ("published_locale");
  CREATE INDEX "_focus_areas_v_latest_idx" ON "_focus_areas_v" USING btree ("latest");
  CREATE INDEX "_focus_areas_v_autosave_idx" ON "_focus_areas_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_focus_areas_v_locales_locale_parent_id_unique" ON "_focus_areas_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "goals_indicators_figures_order_idx" ON "goals_indicators_figures" USING btree ("_order");
  CREATE INDEX "goals_indicators_figures_parent_id_idx" ON "goals_indicators_figures" USING btree ("_parent_id");
  CREATE INDEX "goals_indicators_order_idx" ON "goals_indicators" USING btree ("_order");
  CREATE INDEX "goals_indicators_parent_id_idx" ON "goals_indicators" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "goals_indicators_locales_locale_parent_id_unique" ON "goals_indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "goals_review_log_order_idx" ON "goals_review_log" USING btree ("_order");
  CREATE INDEX "goals_review_log_parent_id_idx" ON "goals_review_log" USING btree ("_parent_id");
  CREATE INDEX "goals_review_log_by_idx" ON "goals_review_log" USING btree ("by_id");
  CREATE INDEX "goals_plan_idx" ON "goals" USING btree ("plan_id");
  CREATE INDEX "goals_previous_edition_idx" ON "goals" USING btree ("previous_edition_id");
  CREATE INDEX "goals_review_state_idx" ON "goals" USING btree ("review_state");
  CREATE INDEX "goals_order_idx" ON "goals" USING btree ("order");
  CREATE INDEX "goals_published_by_idx" ON "goals" USING btree ("published_by_id");
  CREATE INDEX "goals_updated_at_idx" ON "goals" USING btree ("updated_at");
  CREATE INDEX "goals_created_at_idx" ON "goals" USING btree ("created_at");
  CREATE INDEX "goals__status_idx" ON "goals" USING btree ("_status");
  CREATE UNIQUE INDEX "goals_locales_locale_parent_id_unique" ON "goals_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "goals_rels_order_idx" ON "goals_rels" USING btree ("order");
  CREATE INDEX "goals_rels_parent_idx" ON "goals_rels" USING btree ("parent_id");
  CREATE INDEX "goals_rels_path_idx" ON "goals_rels" USING btree ("path");
  CREATE INDEX "goals_rels_focus_areas_id_idx" ON "goals_rels" USING btree ("focus_areas_id");
  CREATE INDEX "_goals_v_version_indicators_figures_order_idx" ON "_goals_v_version_indicators_figures" USING btree ("_order");
  CREATE INDEX "_goals_v_version_indicators_figures_parent_id_idx" ON "_goals_v_version_indicators_figures" USING btree ("_parent_id");
  CREATE INDEX "_goals_v_version_indicators_order_idx" ON "_goals_v_version_indicators" USING btree ("_order");
  CREATE INDEX "_goals_v_version_indicators_parent_id_idx" ON "_goals_v_version_indicators" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_goals_v_version_indicators_locales_locale_parent_id_unique" ON "_goals_v_version_indicators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_goals_v_version_review_log_order_idx" ON "_goals_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_goals_v_version_review_log_parent_id_idx" ON "_goals_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_goals_v_version_review_log_by_idx" ON "_goals_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_goals_v_parent_idx" ON "_goals_v" USING btree ("parent_id");
  CREATE INDEX "_goals_v_version_version_plan_idx" ON "_goals_v" USING btree ("version_plan_id");
  CREATE INDEX "_goals_v_version_version_previous_edition_idx" ON "_goals_v" USING btree ("version_previous_edition_id");
  CREATE INDEX "_goals_v_version_version_review_state_idx" ON "_goals_v" USING btree ("version_review_state");
  CREATE INDEX "_goals_v_version_version_order_idx" ON "_goals_v" USING btree ("version_order");
  CREATE INDEX "_goals_v_version_version_published_by_idx" ON "_goals_v" USING btree ("version_published_by_id");
  CREATE INDEX "_goals_v_version_version_updated_at_idx" ON "_goals_v" USING btree ("version_updated_at");
  CREATE INDEX "_goals_v_version_version_created_at_idx" ON "_goals_v" USING btree ("version_created_at");
  CREATE INDEX "_goals_v_version_version__status_idx" ON "_goals_v" USING btree ("version__status");
  CREATE INDEX "_goals_v_created_at_idx" ON "_goals_v" USING btree ("created_at");
  CREATE INDEX "_goals_v_updated_at_idx" ON "_goals_v" USING btree ("updated_at");
  CREATE INDEX "_goals_v_snapshot_idx" ON "_goals_v" USING btree ("snapshot");
  CREATE INDEX "_goals_v_published_locale_idx" ON "_goals_v" USING btree ("published_locale");
  CREATE INDEX "_goals_v_latest_idx" ON "_goals_v" USING btree ("latest");
  CREATE INDEX "_goals_v_autosave_idx" ON "_goals_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_goals_v_locales_locale_parent_id_unique" ON "_goals_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_goals_v_rels_order_idx" ON "_goals_v_rels" USING btree ("order");
  CREATE INDEX "_goals_v_rels_parent_idx" ON "_goals_v_rels" USING btree ("parent_id");
  CREATE INDEX "_goals_v_rels_path_idx" ON "_goals_v_rels" USING btree ("path");
  CREATE INDEX "_goals_v_rels_focus_areas_id_idx" ON "_goals_v_rels" USING btree ("focus_areas_id");
  CREATE INDEX "initiatives_places_order_idx" ON "initiatives_places" USING btree ("_order");
  CREATE INDEX "initiatives_places_parent_id_idx" ON "initiatives_places" USING btree ("_parent_id");
  CREATE INDEX "initiatives_milestones_order_idx" ON "initiatives_milestones" USING btree ("_order");
  CREATE INDEX "initiatives_milestones_parent_id_idx" ON "initiatives_milestones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "initiatives_milestones_locales_locale_parent_id_unique" ON "initiatives_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "initiatives_review_log_order_idx" ON "initiatives_review_log" USING btree ("_order");
  CREATE INDEX "initiatives_review_log_parent_id_idx" ON "initiatives_review_log" USING btree ("_parent_id");
  CREATE INDEX "initiatives_review_log_by_idx" ON "initiatives_review_log" USING btree ("by_id");
  CREATE INDEX "initiatives_plan_idx" ON "initiatives" USING btree ("plan_id");
  CREATE INDEX "initiatives_previous_edition_idx" ON "initiatives" USING btree ("previous_edition_id");
  CREATE INDEX "initiatives_review_state_idx" ON "initiatives" USING btree ("review_state");
  CREATE INDEX "initiatives_order_idx" ON "initiatives" USING btree ("order");
  CREATE INDEX "initiatives_published_by_idx" ON "initiatives" USING btree ("published_by_id");
  CREATE INDEX "initiatives_updated_at_idx" ON "initiatives" USING btree ("updated_at");
  CREATE INDEX "initiatives_created_at_idx" ON "initiatives" USING btree ("created_at");
  CREATE INDEX "initiatives__status_idx" ON "initiatives" USING btree ("_status");
  CREATE UNIQUE INDEX "initiatives_locales_locale_parent_id_unique" ON "initiatives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "initiatives_rels_order_idx" ON "initiatives_rels" USING btree ("order");
  CREATE INDEX "initiatives_rels_parent_idx" ON "initiatives_rels" USING btree ("parent_id");
  CREATE INDEX "initiatives_rels_path_idx" ON "initiatives_rels" USING btree ("path");
  CREATE INDEX "initiatives_rels_goals_id_idx" ON "initiatives_rels" USING btree ("goals_id");
  CREATE INDEX "initiatives_rels_focus_areas_id_idx" ON "initiatives_rels" USING btree ("focus_areas_id");
  CREATE INDEX "_initiatives_v_version_places_order_idx" ON "_initiatives_v_version_places" USING btree ("_order");
  CREATE INDEX "_initiatives_v_version_places_parent_id_idx" ON "_initiatives_v_version_places" USING btree ("_parent_id");
  CREATE INDEX "_initiatives_v_version_milestones_order_idx" ON "_initiatives_v_version_milestones" USING btree ("_order");
  CREATE INDEX "_initiatives_v_version_milestones_parent_id_idx" ON "_initiatives_v_version_milestones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_initiatives_v_version_milestones_locales_locale_parent_id_u" ON "_initiatives_v_version_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_initiatives_v_version_review_log_order_idx" ON "_initiatives_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_initiatives_v_version_review_log_parent_id_idx" ON "_initiatives_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_initiatives_v_version_review_log_by_idx" ON "_initiatives_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_initiatives_v_parent_idx" ON "_initiatives_v" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_version_version_plan_idx" ON "_initiatives_v" USING btree ("version_plan_id");
  CREATE INDEX "_initiatives_v_version_version_previous_edition_idx" ON "_initiatives_v" USING btree ("version_previous_edition_id");
  CREATE INDEX "_initiatives_v_version_version_review_state_idx" ON "_initiatives_v" USING btree ("version_review_state");
  CREATE INDEX "_initiatives_v_version_version_order_idx" ON "_initiatives_v" USING btree ("version_order");
  CREATE INDEX "_initiatives_v_version_version_published_by_idx" ON "_initiatives_v" USING btree ("version_published_by_id");
  CREATE INDEX "_initiatives_v_version_version_updated_at_idx" ON "_initiatives_v" USING btree ("version_updated_at");
  CREATE INDEX "_initiatives_v_version_version_created_at_idx" ON "_initiatives_v" USING btree ("version_created_at");
  CREATE INDEX "_initiatives_v_version_version__status_idx" ON "_initiatives_v" USING btree ("version__status");
  CREATE INDEX "_initiatives_v_created_at_idx" ON "_initiatives_v" USING btree ("created_at");
  CREATE INDEX "_initiatives_v_updated_at_idx" ON "_initiatives_v" USING btree ("updated_at");
  CREATE INDEX "_initiatives_v_snapshot_idx" ON "_initiatives_v" USING btree ("snapshot");
  CREATE INDEX "_initiatives_v_published_locale_idx" ON "_initiatives_v" USING btree ("published_locale");
  CREATE INDEX "_initiatives_v_latest_idx" ON "_initiatives_v" USING btree ("latest");
  CREATE INDEX "_initiatives_v_autosave_idx" ON "_initiatives_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_initiatives_v_locales_locale_parent_id_unique" ON "_initiatives_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_initiatives_v_rels_order_idx" ON "_initiatives_v_rels" USING btree ("order");
  CREATE INDEX "_initiatives_v_rels_parent_idx" ON "_initiatives_v_rels" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_rels_path_idx" ON "_initiatives_v_rels" USING btree ("path");
  CREATE INDEX "_initiatives_v_rels_goals_id_idx" ON "_initiatives_v_rels" USING btree ("goals_id");
  CREATE INDEX "_initiatives_v_rels_focus_areas_id_idx" ON "_initiatives_v_rels" USING btree ("focus_areas_id");
  CREATE INDEX "savings_measures_review_log_order_idx" ON "savings_measures_review_log" USING btree ("_order");
  CREATE INDEX "savings_measures_review_log_parent_id_idx" ON "savings_measures_review_log" USING btree ("_parent_id");
  CREATE INDEX "savings_measures_review_log_by_idx" ON "savings_measures_review_log" USING btree ("by_id");
  CREATE INDEX "savings_measures_plan_idx" ON "savings_measures" USING btree ("plan_id");
  CREATE INDEX "savings_measures_previous_edition_idx" ON "savings_measures" USING btree ("previous_edition_id");
  CREATE INDEX "savings_measures_review_state_idx" ON "savings_measures" USING btree ("review_state");
  CREATE INDEX "savings_measures_order_idx" ON "savings_measures" USING btree ("order");
  CREATE INDEX "savings_measures_published_by_idx" ON "savings_measures" USING btree ("published_by_id");
  CREATE INDEX "savings_measures_updated_at_idx" ON "savings_measures" USING btree ("updated_at");
  CREATE INDEX "savings_measures_created_at_idx" ON "savings_measures" USING btree ("created_at");
  CREATE INDEX "savings_measures__status_idx" ON "savings_measures" USING btree ("_status");
  CREATE UNIQUE INDEX "savings_measures_locales_locale_parent_id_unique" ON "savings_measures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_savings_measures_v_version_review_log_order_idx" ON "_savings_measures_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_savings_measures_v_version_review_log_parent_id_idx" ON "_savings_measures_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_savings_measures_v_version_review_log_by_idx" ON "_savings_measures_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_savings_measures_v_parent_idx" ON "_savings_measures_v" USING btree ("parent_id");
  CREATE INDEX "_savings_measures_v_version_version_plan_idx" ON "_savings_measures_v" USING btree ("version_plan_id");
  CREATE INDEX "_savings_measures_v_version_version_previous_edition_idx" ON "_savings_measures_v" USING btree ("version_previous_edition_id");
  CREATE INDEX "_savings_measures_v_version_version_review_state_idx" ON "_savings_measures_v" USING btree ("version_review_state");
  CREATE INDEX "_savings_measures_v_version_version_order_idx" ON "_savings_measures_v" USING btree ("version_order");
  CREATE INDEX "_savings_measures_v_version_version_published_by_idx" ON "_savings_measures_v" USING btree ("version_published_by_id");
  CREATE INDEX "_savings_measures_v_version_version_updated_at_idx" ON "_savings_measures_v" USING btree ("version_updated_at");
  CREATE INDEX "_savings_measures_v_version_version_created_at_idx" ON "_savings_measures_v" USING btree ("version_created_at");
  CREATE INDEX "_savings_measures_v_version_version__status_idx" ON "_savings_measures_v" USING btree ("version__status");
  CREATE INDEX "_savings_measures_v_created_at_idx" ON "_savings_measures_v" USING btree ("created_at");
  CREATE INDEX "_savings_measures_v_updated_at_idx" ON "_savings_measures_v" USING btree ("updated_at");
  CREATE INDEX "_savings_measures_v_snapshot_idx" ON "_savings_measures_v" USING btree ("snapshot");
  CREATE INDEX "_savings_measures_v_published_locale_idx" ON "_savings_measures_v" USING btree ("published_locale");
  CREATE INDEX "_savings_measures_v_latest_idx" ON "_savings_measures_v" USING btree ("latest");
  CREATE INDEX "_savings_measures_v_autosave_idx" ON "_savings_measures_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_savings_measures_v_locales_locale_parent_id_unique" ON "_savings_measures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "feedback_page_idx" ON "feedback" USING btree ("page_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_handler_idx" ON "feedback" USING btree ("handler_id");
  CREATE UNIQUE INDEX "feedback_receipt_idx" ON "feedback" USING btree ("receipt");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "media_review_log_order_idx" ON "media_review_log" USING btree ("_order");
  CREATE INDEX "media_review_log_parent_id_idx" ON "media_review_log" USING btree ("_parent_id");
  CREATE INDEX "media_review_log_by_idx" ON "media_review_log" USING btree ("by_id");
  CREATE INDEX "media_review_state_idx" ON "media" USING btree ("review_state");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE INDEX "media__status_idx" ON "media" USING btree ("_status");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_media_v_version_review_log_order_idx" ON "_media_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_media_v_version_review_log_parent_id_idx" ON "_media_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_media_v_version_review_log_by_idx" ON "_media_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_media_v_parent_idx" ON "_media_v" USING btree ("parent_id");
  CREATE INDEX "_media_v_version_version_review_state_idx" ON "_media_v" USING btree ("version_review_state");
  CREATE INDEX "_media_v_version_version_updated_at_idx" ON "_media_v" USING btree ("version_updated_at");
  CREATE INDEX "_media_v_version_version_created_at_idx" ON "_media_v" USING btree ("version_created_at");
  CREATE INDEX "_media_v_version_version__status_idx" ON "_media_v" USING btree ("version__status");
  CREATE INDEX "_media_v_version_version_filename_idx" ON "_media_v" USING btree ("version_filename");
  CREATE INDEX "_media_v_version_sizes_thumbnail_version_sizes_thumbnail_idx" ON "_media_v" USING btree ("version_sizes_thumbnail_filename");
  CREATE INDEX "_media_v_version_sizes_card_version_sizes_card_filename_idx" ON "_media_v" USING btree ("version_sizes_card_filename");
  CREATE INDEX "_media_v_version_sizes_hero_version_sizes_hero_filename_idx" ON "_media_v" USING btree ("version_sizes_hero_filename");
  CREATE INDEX "_media_v_created_at_idx" ON "_media_v" USING btree ("created_at");
  CREATE INDEX "_media_v_updated_at_idx" ON "_media_v" USING btree ("updated_at");
  CREATE INDEX "_media_v_snapshot_idx" ON "_media_v" USING btree ("snapshot");
  CREATE INDEX "_media_v_published_locale_idx" ON "_media_v" USING btree ("published_locale");
  CREATE INDEX "_media_v_latest_idx" ON "_media_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_media_v_locales_locale_parent_id_unique" ON "_media_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "documents_review_log_order_idx" ON "documents_review_log" USING btree ("_order");
  CREATE INDEX "documents_review_log_parent_id_idx" ON "documents_review_log" USING btree ("_parent_id");
  CREATE INDEX "documents_review_log_by_idx" ON "documents_review_log" USING btree ("by_id");
  CREATE INDEX "documents_review_state_idx" ON "documents" USING btree ("review_state");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_documents_v_version_review_log_order_idx" ON "_documents_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_documents_v_version_review_log_parent_id_idx" ON "_documents_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_documents_v_version_review_log_by_idx" ON "_documents_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_review_state_idx" ON "_documents_v" USING btree ("version_review_state");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_version_version_filename_idx" ON "_documents_v" USING btree ("version_filename");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_snapshot_idx" ON "_documents_v" USING btree ("snapshot");
  CREATE INDEX "_documents_v_published_locale_idx" ON "_documents_v" USING btree ("published_locale");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_documents_v_locales_locale_parent_id_unique" ON "_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "job_leases_key_idx" ON "job_leases" USING btree ("key");
  CREATE INDEX "job_leases_updated_at_idx" ON "job_leases" USING btree ("updated_at");
  CREATE INDEX "job_leases_created_at_idx" ON "job_leases" USING btree ("created_at");
  CREATE INDEX "gdpr_requests_email_hash_idx" ON "gdpr_requests" USING btree ("email_hash");
  CREATE INDEX "gdpr_requests_performed_by_idx" ON "gdpr_requests" USING btree ("performed_by_id");
  CREATE INDEX "gdpr_requests_updated_at_idx" ON "gdpr_requests" USING btree ("updated_at");
  CREATE INDEX "gdpr_requests_created_at_idx" ON "gdpr_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_series_kpi_id_idx" ON "indicator_series" USING btree ("kpi_id");
  CREATE INDEX "indicator_series_updated_at_idx" ON "indicator_series" USING btree ("updated_at");
  CREATE INDEX "indicator_series_created_at_idx" ON "indicator_series" USING btree ("created_at");
  CREATE INDEX "indicator_imports_updated_at_idx" ON "indicator_imports" USING btree ("updated_at");
  CREATE INDEX "indicator_imports_created_at_idx" ON "indicator_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_alerts_key_idx" ON "indicator_alerts" USING btree ("key");
  CREATE INDEX "indicator_alerts_goal_idx" ON "indicator_alerts" USING btree ("goal_id");
  CREATE INDEX "indicator_alerts_updated_at_idx" ON "indicator_alerts" USING btree ("updated_at");
  CREATE INDEX "indicator_alerts_created_at_idx" ON "indicator_alerts" USING btree ("created_at");
  CREATE UNIQUE INDEX "plan_decisions_plan_idx" ON "plan_decisions" USING btree ("plan_id");
  CREATE INDEX "plan_decisions_year_idx" ON "plan_decisions" USING btree ("year");
  CREATE INDEX "plan_decisions_decided_by_idx" ON "plan_decisions" USING btree ("decided_by_id");
  CREATE INDEX "plan_decisions_updated_at_idx" ON "plan_decisions" USING btree ("updated_at");
  CREATE INDEX "plan_decisions_created_at_idx" ON "plan_decisions" USING btree ("created_at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_plan_idx" ON "audit_log" USING btree ("plan_id");
  CREATE INDEX "audit_log_by_idx" ON "audit_log" USING btree ("by_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_budget_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_plans_id");
  CREATE INDEX "payload_locked_documents_rels_focus_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("focus_areas_id");
  CREATE INDEX "payload_locked_documents_rels_goals_id_idx" ON "payload_locked_documents_rels" USING btree ("goals_id");
  CREATE INDEX "payload_locked_documents_rels_initiatives_id_idx" ON "payload_locked_documents_rels" USING btree ("initiatives_id");
  CREATE INDEX "payload_locked_documents_rels_savings_measures_id_idx" ON "payload_locked_documents_rels" USING btree ("savings_measures_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_job_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("job_leases_id");
  CREATE INDEX "payload_locked_documents_rels_gdpr_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("gdpr_requests_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_series_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_series_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_imports_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_alerts_id");
  CREATE INDEX "payload_locked_documents_rels_plan_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("plan_decisions_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_appearance_appearance_logo_idx" ON "site_settings" USING btree ("appearance_logo_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "budget_plans_governing_parties" CASCADE;
  DROP TABLE "budget_plans_budget_lines" CASCADE;
  DROP TABLE "budget_plans_review_log" CASCADE;
  DROP TABLE "budget_plans" CASCADE;
  DROP TABLE "budget_plans_locales" CASCADE;
  DROP TABLE "budget_plans_rels" CASCADE;
  DROP TABLE "_budget_plans_v_version_governing_parties" CASCADE;
  DROP TABLE "_budget_plans_v_version_budget_lines" CASCADE;
  DROP TABLE "_budget_plans_v_version_review_log" CASCADE;
  DROP TABLE "_budget_plans_v" CASCADE;
  DROP TABLE "_budget_plans_v_locales" CASCADE;
  DROP TABLE "_budget_plans_v_rels" CASCADE;
  DROP TABLE "focus_areas_review_log" CASCADE;
  DROP TABLE "focus_areas" CASCADE;
  DROP TABLE "focus_areas_locales" CASCADE;
  DROP TABLE "_focus_areas_v_version_review_log" CASCADE;
  DROP TABLE "_focus_areas_v" CASCADE;
  DROP TABLE "_focus_areas_v_locales" CASCADE;
  DROP TABLE "goals_indicators_figures" CASCADE;
  DROP TABLE "goals_indicators" CASCADE;
  DROP TABLE "goals_indicators_locales" CASCADE;
  DROP TABLE "goals_review_log" CASCADE;
  DROP TABLE "goals" CASCADE;
  DROP TABLE "goals_locales" CASCADE;
  DROP TABLE "goals_rels" CASCADE;
  DROP TABLE "_goals_v_version_indicators_figures" CASCADE;
  DROP TABLE "_goals_v_version_indicators" CASCADE;
  DROP TABLE "_goals_v_version_indicators_locales" CASCADE;
  DROP TABLE "_goals_v_version_review_log" CASCADE;
  DROP TABLE "_goals_v" CASCADE;
  DROP TABLE "_goals_v_locales" CASCADE;
  DROP TABLE "_goals_v_rels" CASCADE;
  DROP TABLE "initiatives_places" CASCADE;
  DROP TABLE "initiatives_milestones" CASCADE;
  DROP TABLE "initiatives_milestones_locales" CASCADE;
  DROP TABLE "initiatives_review_log" CASCADE;
  DROP TABLE "initiatives" CASCADE;
  DROP TABLE "initiatives_locales" CASCADE;
  DROP TABLE "initiatives_rels" CASCADE;
  DROP TABLE "_initiatives_v_version_places" CASCADE;
  DROP TABLE "_initiatives_v_version_milestones" CASCADE;
  DROP TABLE "_initiatives_v_version_milestones_locales" CASCADE;
  DROP TABLE "_initiatives_v_version_review_log" CASCADE;
  DROP TABLE "_initiatives_v" CASCADE;
  DROP TABLE "_initiatives_v_locales" CASCADE;
  DROP TABLE "_initiatives_v_rels" CASCADE;
  DROP TABLE "savings_measures_review_log" CASCADE;
  DROP TABLE "savings_measures" CASCADE;
  DROP TABLE "savings_measures_locales" CASCADE;
  DROP TABLE "_savings_measures_v_version_review_log" CASCADE;
  DROP TABLE "_savings_measures_v" CASCADE;
  DROP TABLE "_savings_measures_v_locales" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "media_review_log" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "_media_v_version_review_log" CASCADE;
  DROP TABLE "_media_v" CASCADE;
  DROP TABLE "_media_v_locales" CASCADE;
  DROP TABLE "documents_review_log" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  DROP TABLE "_documents_v_version_review_log" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_locales" CASCADE;
  DROP TABLE "job_leases" CASCADE;
  DROP TABLE "gdpr_requests" CASCADE;
  DROP TABLE "indicator_series" CASCADE;
  DROP TABLE "indicator_imports" CASCADE;
  DROP TABLE "indicator_alerts" CASCADE;
  DROP TABLE "plan_decisions" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "public_change_marker" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_budget_plans_budget_lines_kind";
  DROP TYPE "public"."enum_budget_plans_review_state";
  DROP TYPE "public"."enum_budget_plans_status";
  DROP TYPE "public"."enum__budget_plans_v_version_budget_lines_kind";
  DROP TYPE "public"."enum__budget_plans_v_version_review_state";
  DROP TYPE "public"."enum__budget_plans_v_version_status";
  DROP TYPE "public"."enum__budget_plans_v_published_locale";
  DROP TYPE "public"."enum_focus_areas_review_state";
  DROP TYPE "public"."enum_focus_areas_status";
  DROP TYPE "public"."enum__focus_areas_v_version_review_state";
  DROP TYPE "public"."enum__focus_areas_v_version_status";
  DROP TYPE "public"."enum__focus_areas_v_published_locale";
  DROP TYPE "public"."enum_goals_indicators_direction";
  DROP TYPE "public"."enum_goals_review_state";
  DROP TYPE "public"."enum_goals_status";
  DROP TYPE "public"."enum__goals_v_version_indicators_direction";
  DROP TYPE "public"."enum__goals_v_version_review_state";
  DROP TYPE "public"."enum__goals_v_version_status";
  DROP TYPE "public"."enum__goals_v_published_locale";
  DROP TYPE "public"."enum_initiatives_work_state";
  DROP TYPE "public"."enum_initiatives_review_state";
  DROP TYPE "public"."enum_initiatives_status";
  DROP TYPE "public"."enum__initiatives_v_version_review_state";
  DROP TYPE "public"."enum__initiatives_v_version_status";
  DROP TYPE "public"."enum__initiatives_v_published_locale";
  DROP TYPE "public"."enum_savings_measures_category";
  DROP TYPE "public"."enum_savings_measures_work_state";
  DROP TYPE "public"."enum_savings_measures_review_state";
  DROP TYPE "public"."enum_savings_measures_status";
  DROP TYPE "public"."enum__savings_measures_v_version_category";
  DROP TYPE "public"."enum__savings_measures_v_version_review_state";
  DROP TYPE "public"."enum__savings_measures_v_version_status";
  DROP TYPE "public"."enum__savings_measures_v_published_locale";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_media_review_state";
  DROP TYPE "public"."enum_media_status";
  DROP TYPE "public"."enum__media_v_version_review_state";
  DROP TYPE "public"."enum__media_v_version_status";
  DROP TYPE "public"."enum__media_v_published_locale";
  DROP TYPE "public"."enum_documents_review_state";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_review_state";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum__documents_v_published_locale";
  DROP TYPE "public"."enum_gdpr_requests_action";
  DROP TYPE "public"."enum_gdpr_requests_via";
  DROP TYPE "public"."enum_indicator_imports_trigger";
  DROP TYPE "public"."enum_indicator_imports_outcome";
  DROP TYPE "public"."enum_indicator_alerts_reason";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_settings_appearance_font_stack";`)
}
