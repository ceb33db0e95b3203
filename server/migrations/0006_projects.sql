CREATE TABLE "asset_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"checked_on" date NOT NULL,
	"condition" text NOT NULL,
	"note" text,
	"checked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid,
	"division_code" char(12) NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"owner" text NOT NULL,
	"maintainer" text NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"quantity" text,
	"handed_over_on" date NOT NULL,
	"condition" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dividends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"share_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"year" integer NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"paid_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"cooperative" text NOT NULL,
	"household_id" uuid NOT NULL,
	"project_id" uuid,
	"asset_id" uuid,
	"amount" numeric(14, 2) NOT NULL,
	"units" integer,
	"since" date NOT NULL,
	"until" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"previous_budget" numeric(14, 2) NOT NULL,
	"new_budget" numeric(14, 2) NOT NULL,
	"sources" jsonb NOT NULL,
	"reason" text NOT NULL,
	"state" text NOT NULL,
	"workflow_id" uuid,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"fund_source_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"allocated_on" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"document" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"fund_source_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"paid_on" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"payee" text NOT NULL,
	"purpose" text NOT NULL,
	"voucher_no" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_beneficiaries" (
	"project_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	CONSTRAINT "project_beneficiaries_project_id_household_id_pk" PRIMARY KEY("project_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "project_fund_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"funder" text NOT NULL,
	"unit_id" uuid,
	"amount" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_outputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"planned" numeric(14, 2) NOT NULL,
	"actual" numeric(14, 2)
);
--> statement-breakpoint
CREATE TABLE "project_villages" (
	"project_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	CONSTRAINT "project_villages_project_id_division_code_pk" PRIMARY KEY("project_id","division_code")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"division_code" char(12) NOT NULL,
	"category" text NOT NULL,
	"responsible_entity" text NOT NULL,
	"proposer_unit_id" uuid,
	"proposer_cadre_id" uuid,
	"description" text,
	"budget" numeric(14, 2) NOT NULL,
	"approved_budget" numeric(14, 2),
	"state" text NOT NULL,
	"workflow_id" uuid,
	"planned_start" date,
	"planned_end" date,
	"notice_start" date,
	"notice_end" date,
	"started_on" date,
	"completed_on" date,
	"acceptance_notice_start" date,
	"acceptance_notice_end" date,
	"accepted_on" date,
	"handed_over_on" date,
	"beneficiary_households" integer DEFAULT 0 NOT NULL,
	"beneficiary_persons" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"detail" text NOT NULL,
	"requester_cadre_id" uuid,
	"requested_by" uuid,
	"state" text NOT NULL,
	"workflow_id" uuid,
	"due_on" date NOT NULL,
	"accepted_on" date,
	"done_on" date,
	"result" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asset_checks" ADD CONSTRAINT "asset_checks_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dividends" ADD CONSTRAINT "dividends_share_id_shares_id_fk" FOREIGN KEY ("share_id") REFERENCES "public"."shares"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_beneficiaries" ADD CONSTRAINT "project_beneficiaries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_fund_sources" ADD CONSTRAINT "project_fund_sources_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_outputs" ADD CONSTRAINT "project_outputs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_villages" ADD CONSTRAINT "project_villages_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_checks_asset_idx" ON "asset_checks" USING btree ("asset_id","checked_on");--> statement-breakpoint
CREATE INDEX "assets_division_idx" ON "assets" USING btree ("division_code","kind");--> statement-breakpoint
CREATE INDEX "assets_project_idx" ON "assets" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "dividends_share_idx" ON "dividends" USING btree ("share_id","year");--> statement-breakpoint
CREATE INDEX "dividends_division_idx" ON "dividends" USING btree ("division_code","year");--> statement-breakpoint
CREATE INDEX "shares_division_idx" ON "shares" USING btree ("division_code","cooperative");--> statement-breakpoint
CREATE INDEX "shares_household_idx" ON "shares" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "budget_adjustments_project_idx" ON "budget_adjustments" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "project_allocations_project_idx" ON "project_allocations" USING btree ("project_id","fund_source_id");--> statement-breakpoint
CREATE INDEX "project_payments_project_idx" ON "project_payments" USING btree ("project_id","fund_source_id");--> statement-breakpoint
CREATE INDEX "project_payments_division_idx" ON "project_payments" USING btree ("division_code","paid_on");--> statement-breakpoint
CREATE INDEX "project_beneficiaries_household_idx" ON "project_beneficiaries" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "project_fund_sources_project_idx" ON "project_fund_sources" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_fund_sources_unit_idx" ON "project_fund_sources" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "project_outputs_project_idx" ON "project_outputs" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_villages_division_idx" ON "project_villages" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "projects_division_idx" ON "projects" USING btree ("division_code","state");--> statement-breakpoint
CREATE INDEX "projects_category_idx" ON "projects" USING btree ("category","division_code");--> statement-breakpoint
CREATE INDEX "projects_unit_idx" ON "projects" USING btree ("proposer_unit_id");--> statement-breakpoint
CREATE INDEX "service_requests_division_idx" ON "service_requests" USING btree ("division_code","state");--> statement-breakpoint
CREATE INDEX "service_requests_due_idx" ON "service_requests" USING btree ("state","due_on");