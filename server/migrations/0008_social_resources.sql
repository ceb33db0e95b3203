CREATE TABLE "advisor_briefings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"advisor_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"period" text NOT NULL,
	"content" jsonb NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"generated_by" uuid,
	"token" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"channel" text,
	"opened_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "advisor_supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"advisor_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"value" numeric(14, 2),
	"quantity" numeric(14, 2),
	"unit" text,
	"given_on" date NOT NULL,
	"description" text NOT NULL,
	"project_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"occupation" text NOT NULL,
	"workplace" text,
	"phone_cipher" text,
	"phone_masked" text,
	"appointed_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "donations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"project_id" uuid,
	"donor" text NOT NULL,
	"donor_kind" text NOT NULL,
	"form" text NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"goods" text,
	"quantity" numeric(14, 2),
	"unit" text,
	"purpose" text NOT NULL,
	"received_on" date NOT NULL,
	"arranged_by_cadre_id" uuid,
	"receipt_no" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pairing_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"value" numeric(14, 2),
	"quantity" numeric(14, 2),
	"unit" text,
	"given_on" date NOT NULL,
	"description" text NOT NULL,
	"project_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_pairings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"agreement" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"credit_code" text,
	"division_code" char(12) NOT NULL,
	"industry" text,
	"contact_name" text,
	"contact_phone_cipher" text,
	"contact_phone_masked" text,
	"party_org_name" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"product" text NOT NULL,
	"registered_on" date,
	"leader_name" text NOT NULL,
	"leader_trained_on" date,
	"member_households" integer DEFAULT 0 NOT NULL,
	"poor_households" integer DEFAULT 0 NOT NULL,
	"people_employed" integer DEFAULT 0 NOT NULL,
	"service_request_id" uuid,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_farmers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"household_id" uuid,
	"skill" text NOT NULL,
	"trained_on" date NOT NULL,
	"training_hours" integer,
	"trainer" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"product" text NOT NULL,
	"area_mu" numeric(10, 2),
	"established_on" date NOT NULL,
	"responsible_cadre_id" uuid,
	"cooperative_id" uuid,
	"households_driven" integer DEFAULT 0 NOT NULL,
	"people_employed" integer DEFAULT 0 NOT NULL,
	"yearly_income" numeric(14, 2),
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"household_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"product" text NOT NULL,
	"scale" text,
	"since" date NOT NULL,
	"yearly_income" numeric(14, 2),
	"households_driven" integer DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pioneer_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"holder_cadre_id" uuid,
	"holder_name" text NOT NULL,
	"duty" text NOT NULL,
	"established_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responsibility_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"signed_with" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responsibility_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"target" text,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"completed_on" date,
	"completion_note" text,
	"reported_by" uuid,
	"reported_at" date,
	"confirmed_by" uuid,
	"confirmed_at" date,
	"returned_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advisor_briefings" ADD CONSTRAINT "advisor_briefings_advisor_id_advisors_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."advisors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advisor_supports" ADD CONSTRAINT "advisor_supports_advisor_id_advisors_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."advisors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_contributions" ADD CONSTRAINT "enterprise_contributions_pairing_id_enterprise_pairings_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."enterprise_pairings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_pairings" ADD CONSTRAINT "enterprise_pairings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responsibility_tasks" ADD CONSTRAINT "responsibility_tasks_letter_id_responsibility_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."responsibility_letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "advisor_briefings_period_idx" ON "advisor_briefings" USING btree ("advisor_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "advisor_briefings_token_idx" ON "advisor_briefings" USING btree ("token");--> statement-breakpoint
CREATE INDEX "advisor_briefings_division_idx" ON "advisor_briefings" USING btree ("division_code","period");--> statement-breakpoint
CREATE INDEX "advisor_supports_division_idx" ON "advisor_supports" USING btree ("division_code","given_on");--> statement-breakpoint
CREATE INDEX "advisor_supports_advisor_idx" ON "advisor_supports" USING btree ("advisor_id");--> statement-breakpoint
CREATE INDEX "advisors_division_idx" ON "advisors" USING btree ("division_code","active");--> statement-breakpoint
CREATE INDEX "donations_division_idx" ON "donations" USING btree ("division_code","received_on");--> statement-breakpoint
CREATE INDEX "donations_project_idx" ON "donations" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "enterprise_contributions_division_idx" ON "enterprise_contributions" USING btree ("division_code","given_on");--> statement-breakpoint
CREATE INDEX "enterprise_contributions_enterprise_idx" ON "enterprise_contributions" USING btree ("enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_pairings_pair_idx" ON "enterprise_pairings" USING btree ("enterprise_id","division_code","since");--> statement-breakpoint
CREATE INDEX "enterprise_pairings_division_idx" ON "enterprise_pairings" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "enterprises_division_idx" ON "enterprises" USING btree ("division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_credit_code_idx" ON "enterprises" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "cooperatives_division_idx" ON "cooperatives" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "core_farmers_division_idx" ON "core_farmers" USING btree ("division_code","trained_on");--> statement-breakpoint
CREATE INDEX "demo_bases_division_idx" ON "demo_bases" USING btree ("division_code","kind");--> statement-breakpoint
CREATE INDEX "demo_bases_cadre_idx" ON "demo_bases" USING btree ("responsible_cadre_id");--> statement-breakpoint
CREATE INDEX "demo_households_division_idx" ON "demo_households" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "demo_households_cadre_idx" ON "demo_households" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "demo_households_household_idx" ON "demo_households" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "pioneer_posts_division_idx" ON "pioneer_posts" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "responsibility_letters_division_idx" ON "responsibility_letters" USING btree ("division_code","year");--> statement-breakpoint
CREATE INDEX "responsibility_letters_unit_idx" ON "responsibility_letters" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "responsibility_tasks_letter_idx" ON "responsibility_tasks" USING btree ("letter_id","seq");--> statement-breakpoint
CREATE INDEX "responsibility_tasks_unit_idx" ON "responsibility_tasks" USING btree ("unit_id","state");--> statement-breakpoint
CREATE INDEX "responsibility_tasks_division_idx" ON "responsibility_tasks" USING btree ("division_code","state","due_on");