-- audit_events is append-only, enforced by the database and not only by the repository code: any UPDATE, DELETE
-- or TRUNCATE raises. Statement-level triggers fire even when no row matches, so a stray "DELETE ... WHERE false"
-- fails loudly too. Written by hand (drizzle-kit generate --custom); the same SQL runs on PGlite and PostgreSQL.
CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation',
          HINT = 'Record a new audit event instead of changing or removing an existing one.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only"
BEFORE UPDATE OR DELETE ON "audit_events"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate"
BEFORE TRUNCATE ON "audit_events"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();
