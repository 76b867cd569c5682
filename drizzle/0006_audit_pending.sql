ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_outcome";--> statement-breakpoint
CREATE INDEX "audit_events_pending_idx" ON "audit_events" USING btree ("at") WHERE "audit_events"."outcome" = 'pending';--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_outcome" CHECK ("audit_events"."outcome" in ('pending', 'ok', 'error', 'unknown'));--> statement-breakpoint
-- Written by hand (below this line). A row is written "pending" before the CCC call and settled once after it, so a
-- process killed mid-call still leaves its row. UPDATE is allowed for that one step only: from "pending" to an
-- outcome, changing nothing but the outcome, error code, RequestId and (when it had none) the campaign. Everything
-- else still raises, and DELETE and TRUNCATE stay refused by the statement triggers of 0001.
CREATE FUNCTION "audit_events_settle_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.outcome = 'pending' AND NEW.outcome <> 'pending'
     AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.user_email = OLD.user_email
     AND NEW.action = OLD.action AND NEW.sdk_app_id IS NOT DISTINCT FROM OLD.sdk_app_id
     AND NEW.summary = OLD.summary
     AND (OLD.campaign_id IS NULL OR NEW.campaign_id IS NOT DISTINCT FROM OLD.campaign_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: UPDATE is not allowed'
    USING ERRCODE = 'restrict_violation',
          HINT = 'Only a pending event''s outcome may be recorded, once. Record a new audit event instead.';
END;
$$;
--> statement-breakpoint
DROP TRIGGER "audit_events_append_only" ON "audit_events";
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_delete"
BEFORE DELETE ON "audit_events"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_settle_only"
BEFORE UPDATE ON "audit_events"
FOR EACH ROW EXECUTE FUNCTION "audit_events_settle_only"();
