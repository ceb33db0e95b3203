CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"division_code" char(12),
	"owner_type" text NOT NULL,
	"owner_id" uuid,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_instances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"state" text NOT NULL,
	"title" text NOT NULL,
	"division_code" char(12) NOT NULL,
	"unit_id" uuid,
	"assignee_role" text,
	"assignee_account_id" uuid,
	"applicant_account_id" uuid,
	"applicant_cadre_id" uuid,
	"due_at" timestamp with time zone,
	"link" text NOT NULL,
	"data" jsonb,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instance_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_account_id" uuid,
	"actor_name" text,
	"actor_role" text,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criticisms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rectification_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"team_id" uuid,
	"division_code" char(12) NOT NULL,
	"issued_on" date NOT NULL,
	"year" integer NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"team_id" uuid,
	"division_code" char(12) NOT NULL,
	"at_post" boolean NOT NULL,
	"absence_reason" text,
	"leave_request_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"method" text NOT NULL,
	"inspected_on" date NOT NULL,
	"lead_unit" text NOT NULL,
	"participants" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"inspection_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"team_id" uuid,
	"division_code" char(12) NOT NULL,
	"requirement" text NOT NULL,
	"deadline" date NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"state" text NOT NULL,
	"workflow_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leave_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"type" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"days" integer NOT NULL,
	"reason" text NOT NULL,
	"approver_role" text NOT NULL,
	"state" text NOT NULL,
	"workflow_id" uuid,
	"reported_back_on" date,
	"report_back_note" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presence_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cadre_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"day" date NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"distance_km" double precision,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"due_on" date,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"submitted_by" uuid,
	"read_at" timestamp with time zone,
	"read_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"state" text NOT NULL,
	"vetting" jsonb,
	"effective_date" date,
	"end_date" date,
	"recall_reason" text,
	"replaces_id" uuid,
	"workflow_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"unit_id" uuid NOT NULL,
	"team_id" uuid,
	"role" text NOT NULL,
	"needs" text,
	"status" text DEFAULT 'open' NOT NULL,
	"nominate_by" date,
	"term_start" date,
	"term_end" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issued_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"team_id" uuid NOT NULL,
	"cadre_id" uuid,
	"division_code" char(12) NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"issued_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"session_id" uuid NOT NULL,
	"cadre_id" uuid NOT NULL,
	"attended" boolean DEFAULT true NOT NULL,
	"note" text,
	CONSTRAINT "training_attendance_session_id_cadre_id_pk" PRIMARY KEY("session_id","cadre_id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"level" text NOT NULL,
	"stage" text NOT NULL,
	"topic" text NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_instance_id_workflow_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."workflow_instances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_nominations" ADD CONSTRAINT "selection_nominations_slot_id_selection_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."selection_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_files_owner_idx" ON "stored_files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "workflow_instances_subject_idx" ON "workflow_instances" USING btree ("kind","subject_id");--> statement-breakpoint
CREATE INDEX "workflow_instances_pending_idx" ON "workflow_instances" USING btree ("assignee_role","division_code");--> statement-breakpoint
CREATE INDEX "workflow_instances_assignee_account_idx" ON "workflow_instances" USING btree ("assignee_account_id");--> statement-breakpoint
CREATE INDEX "workflow_steps_instance_idx" ON "workflow_steps" USING btree ("instance_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "criticisms_rectification_idx" ON "criticisms" USING btree ("rectification_id");--> statement-breakpoint
CREATE INDEX "criticisms_cadre_idx" ON "criticisms" USING btree ("cadre_id","year");--> statement-breakpoint
CREATE INDEX "criticisms_team_idx" ON "criticisms" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "inspection_findings_inspection_idx" ON "inspection_findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_findings_cadre_idx" ON "inspection_findings" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "inspections_division_idx" ON "inspections" USING btree ("division_code","inspected_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rectifications_finding_idx" ON "rectifications" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "rectifications_division_idx" ON "rectifications" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "rectifications_deadline_idx" ON "rectifications" USING btree ("state","deadline");--> statement-breakpoint
CREATE INDEX "leave_requests_cadre_idx" ON "leave_requests" USING btree ("cadre_id","start_date");--> statement-breakpoint
CREATE INDEX "leave_requests_division_idx" ON "leave_requests" USING btree ("division_code","start_date");--> statement-breakpoint
CREATE INDEX "leave_requests_state_idx" ON "leave_requests" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "presence_days_cadre_day_idx" ON "presence_days" USING btree ("cadre_id","day");--> statement-breakpoint
CREATE INDEX "presence_days_division_day_idx" ON "presence_days" USING btree ("division_code","day");--> statement-breakpoint
CREATE INDEX "presence_days_team_day_idx" ON "presence_days" USING btree ("team_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "team_reports_one_per_period_idx" ON "team_reports" USING btree ("team_id","kind","period") WHERE kind <> 'briefing';--> statement-breakpoint
CREATE INDEX "team_reports_division_idx" ON "team_reports" USING btree ("division_code","period");--> statement-breakpoint
CREATE INDEX "selection_nominations_cadre_idx" ON "selection_nominations" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "selection_nominations_slot_idx" ON "selection_nominations" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "selection_nominations_division_idx" ON "selection_nominations" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "selection_slots_division_idx" ON "selection_slots" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "selection_slots_unit_idx" ON "selection_slots" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "issued_materials_team_idx" ON "issued_materials" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "issued_materials_division_idx" ON "issued_materials" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "training_attendance_cadre_idx" ON "training_attendance" USING btree ("cadre_id");--> statement-breakpoint
CREATE INDEX "training_sessions_division_idx" ON "training_sessions" USING btree ("division_code","held_on");