CREATE TABLE "cadre_places" (
	"cadre_id" uuid NOT NULL,
	"division_code" char(12) NOT NULL,
	CONSTRAINT "cadre_places_cadre_id_division_code_pk" PRIMARY KEY("cadre_id","division_code")
);
--> statement-breakpoint
ALTER TABLE "cadre_places" ADD CONSTRAINT "cadre_places_cadre_id_cadres_id_fk" FOREIGN KEY ("cadre_id") REFERENCES "public"."cadres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cadre_places_division_idx" ON "cadre_places" USING btree ("division_code");--> statement-breakpoint
INSERT INTO "cadre_places" ("cadre_id", "division_code") SELECT DISTINCT "cadre_id", "division_code" FROM "team_members" ON CONFLICT DO NOTHING;
