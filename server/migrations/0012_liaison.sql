CREATE TABLE "liaison_group_members" (
	"group_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"contact_cadre_id" uuid,
	CONSTRAINT "liaison_group_members_group_id_team_id_pk" PRIMARY KEY("group_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "liaison_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"platform" text,
	"purpose" text,
	"established_on" date NOT NULL,
	"dissolved_on" date,
	"meeting_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_teams" (
	"meeting_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	CONSTRAINT "meeting_teams_meeting_id_team_id_pk" PRIMARY KEY("meeting_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(12) NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"organizer" text,
	"host" text,
	"attendee_count" integer,
	"agenda" text[] DEFAULT '{}' NOT NULL,
	"summary" text,
	"outcomes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "liaison_group_members" ADD CONSTRAINT "liaison_group_members_group_id_liaison_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."liaison_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_teams" ADD CONSTRAINT "meeting_teams_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "liaison_group_members_team_idx" ON "liaison_group_members" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "liaison_groups_division_idx" ON "liaison_groups" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "liaison_groups_meeting_idx" ON "liaison_groups" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_teams_team_idx" ON "meeting_teams" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "meetings_division_idx" ON "meetings" USING btree ("division_code","held_on");