-- 资金跟着项目走: payments never exceed the approved budget, nor a source its amount. The project row
-- is locked first, so two payments racing for the last of a budget are decided one after the other.
ALTER TABLE "project_payments" ADD CONSTRAINT "project_payments_amount_positive" CHECK ("amount" > 0);
--> statement-breakpoint
ALTER TABLE "project_allocations" ADD CONSTRAINT "project_allocations_amount_positive" CHECK ("amount" > 0);
--> statement-breakpoint
ALTER TABLE "project_fund_sources" ADD CONSTRAINT "project_fund_sources_amount_nonnegative" CHECK ("amount" >= 0);
--> statement-breakpoint
CREATE FUNCTION project_payments_within_budget() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ceiling numeric(14,2);
  source_amount numeric(14,2);
  paid numeric(14,2);
  paid_from_source numeric(14,2);
BEGIN
  SELECT approved_budget INTO ceiling FROM projects WHERE id = NEW.project_id FOR UPDATE;
  IF ceiling IS NULL THEN
    RAISE EXCEPTION 'project % has no approved budget', NEW.project_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_payments_within_budget';
  END IF;
  SELECT amount INTO source_amount FROM project_fund_sources WHERE id = NEW.fund_source_id AND project_id = NEW.project_id;
  IF source_amount IS NULL THEN
    RAISE EXCEPTION 'fund source % is not a source of project %', NEW.fund_source_id, NEW.project_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_payments_source';
  END IF;
  SELECT coalesce(sum(amount), 0) INTO paid FROM project_payments WHERE project_id = NEW.project_id AND id <> NEW.id;
  IF paid + NEW.amount > ceiling THEN
    RAISE EXCEPTION 'payments of project % would exceed its approved budget', NEW.project_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_payments_within_budget';
  END IF;
  SELECT coalesce(sum(amount), 0) INTO paid_from_source FROM project_payments WHERE fund_source_id = NEW.fund_source_id AND id <> NEW.id;
  IF paid_from_source + NEW.amount > source_amount THEN
    RAISE EXCEPTION 'payments from fund source % would exceed its amount', NEW.fund_source_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_payments_within_source';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER project_payments_within_budget BEFORE INSERT OR UPDATE ON "project_payments" FOR EACH ROW EXECUTE FUNCTION project_payments_within_budget();
--> statement-breakpoint
-- An adjustment may lower a budget or a source, never below what has been paid from it.
CREATE FUNCTION project_budget_covers_payments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'projects' THEN
    IF NEW.approved_budget IS DISTINCT FROM OLD.approved_budget
       AND coalesce(NEW.approved_budget, 0) < (SELECT coalesce(sum(amount), 0) FROM project_payments WHERE project_id = NEW.id) THEN
      RAISE EXCEPTION 'approved budget of project % below what has been paid', NEW.id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'project_payments_within_budget';
    END IF;
  ELSIF NEW.amount < (SELECT coalesce(sum(amount), 0) FROM project_payments WHERE fund_source_id = NEW.id) THEN
    RAISE EXCEPTION 'fund source % below what has been paid from it', NEW.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'project_payments_within_source';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER projects_budget_covers_payments BEFORE UPDATE ON "projects" FOR EACH ROW EXECUTE FUNCTION project_budget_covers_payments();
--> statement-breakpoint
CREATE TRIGGER project_fund_sources_cover_payments BEFORE UPDATE ON "project_fund_sources" FOR EACH ROW EXECUTE FUNCTION project_budget_covers_payments();
--> statement-breakpoint
ALTER TABLE "project_payments" ADD CONSTRAINT "project_payments_fund_source_fk" FOREIGN KEY ("fund_source_id") REFERENCES "project_fund_sources"("id");
--> statement-breakpoint
ALTER TABLE "project_allocations" ADD CONSTRAINT "project_allocations_fund_source_fk" FOREIGN KEY ("fund_source_id") REFERENCES "project_fund_sources"("id");
