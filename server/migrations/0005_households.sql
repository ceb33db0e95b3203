CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"household_id" uuid,
	"raised_by" text NOT NULL,
	"raised_on" date NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"state" text NOT NULL,
	"assigned_cadre_id" uuid,
	"assigned_on" date,
	"due_on" date,
	"solved_on" date,
	"solution" text,
	"closed_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"entry_date" date NOT NULL,
	"content" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_mediations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL,
	"mediated_on" date NOT NULL,
	"mediators" text NOT NULL,
	"content" text NOT NULL,
	"result" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"parties" text NOT NULL,
	"description" text NOT NULL,
	"started_on" date,
	"reported_on" date NOT NULL,
	"state" text NOT NULL,
	"resolved_on" date,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"workflow_id" uuid,
	"reason" text NOT NULL,
	"appraisal_on" date,
	"appraisal_attendees" integer,
	"appraisal_in_favour" integer,
	"first_notice_start" date,
	"first_notice_end" date,
	"second_notice_start" date,
	"second_notice_end" date,
	"announced_on" date,
	"monitoring_type" text,
	"discovery_channel" text,
	"discovered_on" date,
	"verify_due_on" date,
	"decide_due_on" date,
	"verified_on" date,
	"decided_on" date,
	"data" jsonb,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_cadres" (
	"household_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"since" date NOT NULL,
	"until" date,
	CONSTRAINT "household_cadres_household_id_cadre_id_since_pk" PRIMARY KEY("household_id","cadre_id","since")
);
--> statement-breakpoint
CREATE TABLE "household_incomes" (
	"household_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"wage" numeric(12, 2) DEFAULT 0 NOT NULL,
	"business" numeric(12, 2) DEFAULT 0 NOT NULL,
	"property" numeric(12, 2) DEFAULT 0 NOT NULL,
	"transfer" numeric(12, 2) DEFAULT 0 NOT NULL,
	"members" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_incomes_household_id_year_pk" PRIMARY KEY("household_id","year")
);
--> statement-breakpoint
CREATE TABLE "household_indicators" (
	"household_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"status" text NOT NULL,
	"evidence" text,
	"evidence_file_id" uuid,
	"verifier" text,
	"verified_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_indicators_household_id_indicator_pk" PRIMARY KEY("household_id","indicator")
);
--> statement-breakpoint
CREATE TABLE "household_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"token" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "household_links_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "household_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"amount" numeric(12, 2),
	"responsible" text,
	"done" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"relation" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"ethnicity" text,
	"health" text NOT NULL,
	"disability_grade" integer,
	"labour_ability" text NOT NULL,
	"schooling" text NOT NULL,
	"in_school" boolean DEFAULT false NOT NULL,
	"working_away" boolean DEFAULT false NOT NULL,
	"work_place" text,
	"medical_insured" boolean DEFAULT true NOT NULL,
	"pension_insured" boolean DEFAULT false NOT NULL,
	"phone_cipher" text,
	"phone_masked" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"division_code" char(12) NOT NULL,
	"householder_name" text NOT NULL,
	"pinyin" text NOT NULL,
	"address" text,
	"village_group" text,
	"attribute" text NOT NULL,
	"status" text NOT NULL,
	"main_cause" text,
	"secondary_causes" text[] DEFAULT '{}' NOT NULL,
	"identified_year" integer,
	"exited_year" integer,
	"monitoring_type" text,
	"monitoring_state" text,
	"monitoring_since" date,
	"risk_removed_on" date,
	"housing_grade" text,
	"relocated" boolean DEFAULT false NOT NULL,
	"relocation_site" text,
	"phone_cipher" text,
	"phone_masked" text,
	"member_count" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "labour_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"destination" text NOT NULL,
	"employer" text NOT NULL,
	"job" text,
	"channel" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"monthly_income" numeric(10, 2) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"cadre_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"findings" text NOT NULL,
	"follow_up" text,
	"follow_up_done" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispute_mediations" ADD CONSTRAINT "dispute_mediations_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_cadres" ADD CONSTRAINT "household_cadres_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_incomes" ADD CONSTRAINT "household_incomes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_indicators" ADD CONSTRAINT "household_indicators_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_links" ADD CONSTRAINT "household_links_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_measures" ADD CONSTRAINT "household_measures_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_persons" ADD CONSTRAINT "household_persons_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demands_division_idx" ON "demands" USING btree ("division_code","raised_on");--> statement-breakpoint
CREATE INDEX "demands_state_idx" ON "demands" USING btree ("state","division_code");--> statement-breakpoint
CREATE INDEX "demands_cadre_idx" ON "demands" USING btree ("assigned_cadre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diaries_cadre_day_idx" ON "diaries" USING btree ("cadre_id","entry_date");--> statement-breakpoint
CREATE INDEX "diaries_division_idx" ON "diaries" USING btree ("division_code","entry_date");--> statement-breakpoint
CREATE INDEX "dispute_mediations_dispute_idx" ON "dispute_mediations" USING btree ("dispute_id","mediated_on");--> statement-breakpoint
CREATE INDEX "disputes_division_idx" ON "disputes" USING btree ("division_code","reported_on");--> statement-breakpoint
CREATE INDEX "disputes_state_idx" ON "disputes" USING btree ("state","division_code");--> statement-breakpoint
CREATE INDEX "household_transitions_household_idx" ON "household_transitions" USING btree ("household_id","created_at");--> statement-breakpoint
CREATE INDEX "household_transitions_division_idx" ON "household_transitions" USING btree ("division_code","kind","state");--> statement-breakpoint
CREATE INDEX "household_cadres_cadre_idx" ON "household_cadres" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "household_indicators_status_idx" ON "household_indicators" USING btree ("status");--> statement-breakpoint
CREATE INDEX "household_links_household_idx" ON "household_links" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_measures_household_idx" ON "household_measures" USING btree ("household_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "household_persons_id_number_idx" ON "household_persons" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "household_persons_household_idx" ON "household_persons" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_persons_division_idx" ON "household_persons" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "households_division_idx" ON "households" USING btree ("division_code","pinyin","id");--> statement-breakpoint
CREATE INDEX "households_status_idx" ON "households" USING btree ("division_code","status");--> statement-breakpoint
CREATE INDEX "households_monitoring_idx" ON "households" USING btree ("monitoring_type","division_code");--> statement-breakpoint
CREATE INDEX "labour_transfers_division_idx" ON "labour_transfers" USING btree ("division_code","started_on");--> statement-breakpoint
CREATE INDEX "labour_transfers_person_idx" ON "labour_transfers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "labour_transfers_household_idx" ON "labour_transfers" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "visits_household_idx" ON "visits" USING btree ("household_id","visited_on");--> statement-breakpoint
CREATE INDEX "visits_division_idx" ON "visits" USING btree ("division_code","visited_on");--> statement-breakpoint
CREATE INDEX "visits_cadre_idx" ON "visits" USING btree ("cadre_id","visited_on");