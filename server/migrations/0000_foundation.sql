CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"division_code" char(12),
	"outcome" text DEFAULT 'success' NOT NULL,
	"reason" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"scope_division_code" char(12),
	"scope_unit_id" uuid,
	"cadre_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"account_id" uuid,
	"input" jsonb,
	"payload" "bytea",
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cadres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"pinyin" text NOT NULL,
	"initials" text NOT NULL,
	"gender" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_cipher" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text NOT NULL,
	"party_status" text NOT NULL,
	"education" text,
	"unit_id" uuid NOT NULL,
	"position" text,
	"rank" text,
	"specialities" text[] DEFAULT '{}' NOT NULL,
	"phone_cipher" text,
	"phone_masked" text,
	"division_code" char(12) NOT NULL,
	"posted_division_code" char(12),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cadres_id_number_hash_unique" UNIQUE("id_number_hash")
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" varchar(15) PRIMARY KEY NOT NULL,
	"parent_code" varchar(15),
	"level" text NOT NULL,
	"depth" smallint NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"pinyin" text NOT NULL,
	"initials" text NOT NULL,
	"source" text DEFAULT 'national' NOT NULL,
	"children_loaded" boolean DEFAULT false NOT NULL,
	"child_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_profiles" (
	"division_code" varchar(15) PRIMARY KEY NOT NULL,
	"population" integer,
	"households" integer,
	"poor_households" integer,
	"collective_income" numeric(14, 2),
	"main_industries" text[] DEFAULT '{}' NOT NULL,
	"infrastructure_gaps" text[] DEFAULT '{}' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_org_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"joined_on" date,
	"left_on" date,
	"division_code" char(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_orgs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"unit_id" uuid,
	"team_id" uuid,
	"division_code" char(12) NOT NULL,
	"established_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"role" text NOT NULL,
	"joined_on" date NOT NULL,
	"left_on" date,
	"division_code" char(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_units" (
	"team_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"is_lead" boolean DEFAULT false NOT NULL,
	"division_code" char(12) NOT NULL,
	CONSTRAINT "team_units_team_id_unit_id_pk" PRIMARY KEY("team_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "team_villages" (
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	CONSTRAINT "team_villages_team_id_division_code_pk" PRIMARY KEY("team_id","division_code")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"division_code" char(12) NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_divisions" (
	"unit_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	CONSTRAINT "unit_divisions_unit_id_division_code_pk" PRIMARY KEY("unit_id","division_code")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"type" text NOT NULL,
	"division_code" char(12) NOT NULL,
	"pinyin" text NOT NULL,
	"initials" text NOT NULL,
	"contact_name" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_memberships" ADD CONSTRAINT "party_memberships_party_org_id_party_orgs_id_fk" FOREIGN KEY ("party_org_id") REFERENCES "public"."party_orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_units" ADD CONSTRAINT "team_units_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_villages" ADD CONSTRAINT "team_villages_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_divisions" ADD CONSTRAINT "unit_divisions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "jobs_status_idx" ON "jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "cadres_division_idx" ON "cadres" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "cadres_posted_idx" ON "cadres" USING btree ("posted_division_code");--> statement-breakpoint
CREATE INDEX "cadres_unit_idx" ON "cadres" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "cadres_initials_idx" ON "cadres" USING btree ("initials");--> statement-breakpoint
CREATE INDEX "divisions_parent_idx" ON "divisions" USING btree ("parent_code","code");--> statement-breakpoint
CREATE INDEX "divisions_initials_idx" ON "divisions" USING btree ("initials");--> statement-breakpoint
CREATE INDEX "divisions_name_trgm_idx" ON "divisions" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "party_memberships_one_formal_idx" ON "party_memberships" USING btree ("cadre_id") WHERE kind = 'formal' and left_on is null;--> statement-breakpoint
CREATE UNIQUE INDEX "party_memberships_once_per_org_idx" ON "party_memberships" USING btree ("party_org_id","cadre_id") WHERE left_on is null;--> statement-breakpoint
CREATE INDEX "party_memberships_cadre_idx" ON "party_memberships" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "party_orgs_parent_idx" ON "party_orgs" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "party_orgs_division_idx" ON "party_orgs" USING btree ("division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_one_active_team_idx" ON "team_members" USING btree ("cadre_id") WHERE left_on is null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_members_one_leader_idx" ON "team_members" USING btree ("team_id") WHERE left_on is null and role in ('leader_first_secretary', 'leader');--> statement-breakpoint
CREATE INDEX "team_members_team_idx" ON "team_members" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "team_units_unit_idx" ON "team_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "team_villages_division_idx" ON "team_villages" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "teams_division_idx" ON "teams" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "teams_status_idx" ON "teams" USING btree ("status");--> statement-breakpoint
CREATE INDEX "unit_divisions_division_idx" ON "unit_divisions" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "units_division_idx" ON "units" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "units_name_idx" ON "units" USING btree ("name");--> statement-breakpoint
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
