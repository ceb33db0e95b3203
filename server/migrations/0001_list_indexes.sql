DROP INDEX "divisions_initials_idx";--> statement-breakpoint
CREATE INDEX "cadres_pinyin_idx" ON "cadres" USING btree ("pinyin","id");--> statement-breakpoint
CREATE INDEX "divisions_pinyin_idx" ON "divisions" USING btree ("pinyin" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "units_pinyin_idx" ON "units" USING btree ("pinyin","id");--> statement-breakpoint
CREATE INDEX "divisions_initials_idx" ON "divisions" USING btree ("initials" text_pattern_ops);