CREATE TABLE "assessment_grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"category" text NOT NULL,
	"team_id" uuid NOT NULL,
	"cadre_id" uuid,
	"division_code" char(12) NOT NULL,
	"proposed_grade" text NOT NULL,
	"grade" text NOT NULL,
	"basis" jsonb NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "assessment_grades_subject_key" UNIQUE NULLS NOT DISTINCT("assessment_id","team_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"year" integer NOT NULL,
	"excellent_quota" numeric(4, 3) NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"score_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"before" numeric(6, 2),
	"after" numeric(6, 2) NOT NULL,
	"reason" text NOT NULL,
	"adjusted_by" uuid,
	"adjusted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_rubrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"items" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"team_id" uuid,
	"division_code" char(12) NOT NULL,
	"item_key" text NOT NULL,
	"source" text NOT NULL,
	"computed_score" numeric(6, 2),
	"score" numeric(6, 2),
	"evidence" jsonb DEFAULT '{"figures":{},"links":[]}'::jsonb NOT NULL,
	"scored_by" uuid,
	"scored_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"rubric" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"computed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"content" text NOT NULL,
	"promised_on" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"settled_on" date,
	"outcome" text,
	"settled_by" uuid,
	"settled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mass_rating_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"batch_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mass_rating_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"token" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mass_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"satisfaction" text NOT NULL,
	"keep_or_adjust" text NOT NULL,
	"comment" text,
	"rated_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "newsletters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"issue_no" integer,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"team_id" uuid,
	"state" text DEFAULT 'draft' NOT NULL,
	"public_token" text,
	"author_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_recipients" (
	"notice_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" uuid,
	CONSTRAINT "notice_recipients_notice_id_team_id_pk" PRIMARY KEY("notice_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "division_stats" (
	"division_code" char(12) NOT NULL,
	"metric" text NOT NULL,
	"value" numeric(18, 2) NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "division_stats_division_code_metric_pk" PRIMARY KEY("division_code","metric")
);
--> statement-breakpoint
CREATE TABLE "division_stats_monthly" (
	"division_code" char(12) NOT NULL,
	"metric" text NOT NULL,
	"month" char(7) NOT NULL,
	"value" numeric(18, 2) NOT NULL,
	CONSTRAINT "division_stats_monthly_division_code_metric_month_pk" PRIMARY KEY("division_code","metric","month")
);
--> statement-breakpoint
CREATE TABLE "stats_refreshes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"rows" integer,
	"requested_by" uuid,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "village_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"year" integer NOT NULL,
	"class_code" text NOT NULL,
	"other_factors" text[] DEFAULT '{}' NOT NULL,
	"reason" text NOT NULL,
	"support_plan" text NOT NULL,
	"backing_unit_ids" uuid[] DEFAULT '{}' NOT NULL,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_grades" ADD CONSTRAINT "assessment_grades_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_adjustments" ADD CONSTRAINT "evaluation_adjustments_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_adjustments" ADD CONSTRAINT "evaluation_adjustments_score_id_evaluation_scores_id_fk" FOREIGN KEY ("score_id") REFERENCES "public"."evaluation_scores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_recipients" ADD CONSTRAINT "notice_recipients_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_grades_cadre_idx" ON "assessment_grades" USING btree ("cadre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_year_idx" ON "assessments" USING btree ("division_code","year");--> statement-breakpoint
CREATE INDEX "evaluation_adjustments_eval_idx" ON "evaluation_adjustments" USING btree ("evaluation_id","cadre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_rubrics_division_idx" ON "evaluation_rubrics" USING btree ("division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_scores_item_idx" ON "evaluation_scores" USING btree ("evaluation_id","cadre_id","item_key");--> statement-breakpoint
CREATE INDEX "evaluation_scores_division_idx" ON "evaluation_scores" USING btree ("division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_quarter_idx" ON "evaluations" USING btree ("division_code","year","quarter");--> statement-breakpoint
CREATE INDEX "ledger_commitments_cadre_idx" ON "ledger_commitments" USING btree ("cadre_id","due_on");--> statement-breakpoint
CREATE INDEX "ledger_commitments_division_idx" ON "ledger_commitments" USING btree ("division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "mass_rating_codes_hash_idx" ON "mass_rating_codes" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "mass_rating_codes_team_idx" ON "mass_rating_codes" USING btree ("team_id","batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mass_rating_links_token_idx" ON "mass_rating_links" USING btree ("token");--> statement-breakpoint
CREATE INDEX "mass_rating_links_team_idx" ON "mass_rating_links" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "mass_ratings_team_idx" ON "mass_ratings" USING btree ("team_id","year","quarter");--> statement-breakpoint
CREATE INDEX "newsletters_division_idx" ON "newsletters" USING btree ("division_code","state");--> statement-breakpoint
CREATE INDEX "newsletters_token_idx" ON "newsletters" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "notice_recipients_team_idx" ON "notice_recipients" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "notices_division_idx" ON "notices" USING btree ("division_code","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "village_classes_year_idx" ON "village_classes" USING btree ("division_code","year");--> statement-breakpoint
CREATE INDEX "village_classes_class_idx" ON "village_classes" USING btree ("year","class_code");