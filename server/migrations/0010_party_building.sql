CREATE TABLE "branch_pairing_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pairing_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"description" text NOT NULL,
	"quantity" numeric(14, 2),
	"measure" text,
	"amount" numeric(14, 2),
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "branch_pairings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organ_branch_id" uuid NOT NULL,
	"village_branch_id" uuid NOT NULL,
	"unit_id" uuid,
	"division_code" char(12) NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"goals" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "red_flag_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pairing_id" uuid NOT NULL,
	"step" text NOT NULL,
	"reached_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"task_id" uuid,
	"unit_id" uuid NOT NULL,
	"branch_id" uuid,
	"line" text NOT NULL,
	"cadre_id" uuid,
	"person_name" text NOT NULL,
	"village_code" char(12) NOT NULL,
	"household_id" uuid,
	"household_name" text,
	"happened_on" date NOT NULL,
	"description" text NOT NULL,
	"person_times" integer DEFAULT 1 NOT NULL,
	"problems_solved" integer DEFAULT 0 NOT NULL,
	"policy_items" integer DEFAULT 0 NOT NULL,
	"technical_services" integer DEFAULT 0 NOT NULL,
	"ideas" integer DEFAULT 0 NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"funds" numeric(14, 2) DEFAULT '0' NOT NULL,
	"recorded_by" uuid,
	"division_code" char(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"line" text NOT NULL,
	"target" integer NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"line" text NOT NULL,
	"title" text NOT NULL,
	"branch_id" uuid,
	"village_code" char(12),
	"household_id" uuid,
	"household_name" text,
	"cadre_id" uuid,
	"person_name" text,
	"state" text DEFAULT 'open' NOT NULL,
	"claimed_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"assigned_by" uuid,
	"done_on" date,
	"division_code" char(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"division_code" char(12) NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"lines" text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description" text,
	"formula" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "branch_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_org_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"body" jsonb NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_life_frequencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"times" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_life_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_org_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"content" text,
	"place" text,
	"tasks" text[] DEFAULT '{}'::text[] NOT NULL,
	"attendee_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"absentees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_org_teams" (
	"party_org_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	CONSTRAINT "party_org_teams_party_org_id_team_id_pk" PRIMARY KEY("party_org_id","team_id")
);
--> statement-breakpoint
ALTER TABLE "party_orgs" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD COLUMN "approval_level" text;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD COLUMN "elected_on" date;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD COLUMN "dissolved_on" date;--> statement-breakpoint
ALTER TABLE "party_orgs" ADD COLUMN "dissolved_reason" text;--> statement-breakpoint
ALTER TABLE "branch_pairing_activities" ADD CONSTRAINT "branch_pairing_activities_pairing_id_branch_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."branch_pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_progress" ADD CONSTRAINT "red_flag_progress_pairing_id_branch_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."branch_pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_ledger_entries" ADD CONSTRAINT "campaign_ledger_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tasks" ADD CONSTRAINT "campaign_tasks_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_teams" ADD CONSTRAINT "party_org_teams_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "branch_pairing_activities_pairing_idx" ON "branch_pairing_activities" USING btree ("pairing_id","happened_on");--> statement-breakpoint
CREATE UNIQUE INDEX "branch_pairings_live_idx" ON "branch_pairings" USING btree ("organ_branch_id","village_branch_id") WHERE ended_on is null;--> statement-breakpoint
CREATE INDEX "branch_pairings_division_idx" ON "branch_pairings" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "branch_pairings_unit_idx" ON "branch_pairings" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "red_flag_progress_step_idx" ON "red_flag_progress" USING btree ("pairing_id","step");--> statement-breakpoint
CREATE INDEX "campaign_ledger_unit_idx" ON "campaign_ledger_entries" USING btree ("campaign_id","unit_id","happened_on");--> statement-breakpoint
CREATE INDEX "campaign_ledger_line_idx" ON "campaign_ledger_entries" USING btree ("campaign_id","line");--> statement-breakpoint
CREATE INDEX "campaign_ledger_branch_idx" ON "campaign_ledger_entries" USING btree ("branch_id");--> statement-breakpoint
CREATE INDEX "campaign_ledger_division_idx" ON "campaign_ledger_entries" USING btree ("division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_targets_unit_line_idx" ON "campaign_targets" USING btree ("campaign_id","unit_id","line");--> statement-breakpoint
CREATE INDEX "campaign_tasks_unit_idx" ON "campaign_tasks" USING btree ("campaign_id","unit_id","line");--> statement-breakpoint
CREATE INDEX "campaign_tasks_branch_idx" ON "campaign_tasks" USING btree ("branch_id");--> statement-breakpoint
CREATE INDEX "campaign_tasks_division_idx" ON "campaign_tasks" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "campaigns_division_idx" ON "campaigns" USING btree ("division_code","year");--> statement-breakpoint
CREATE UNIQUE INDEX "branch_reports_period_idx" ON "branch_reports" USING btree ("party_org_id","kind","period");--> statement-breakpoint
CREATE UNIQUE INDEX "org_life_frequencies_org_kind_idx" ON "org_life_frequencies" USING btree ("party_org_id","kind");--> statement-breakpoint
CREATE INDEX "org_life_records_org_idx" ON "org_life_records" USING btree ("party_org_id","held_on");--> statement-breakpoint
CREATE INDEX "org_life_records_division_idx" ON "org_life_records" USING btree ("division_code","held_on");--> statement-breakpoint
CREATE INDEX "party_org_teams_team_idx" ON "party_org_teams" USING btree ("team_id");