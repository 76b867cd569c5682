CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"user_email" text NOT NULL,
	"action" text NOT NULL,
	"sdk_app_id" bigint,
	"campaign_id" bigint,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ccc_request_id" text,
	"outcome" text NOT NULL,
	"error_code" text,
	CONSTRAINT "audit_events_outcome" CHECK ("audit_events"."outcome" in ('ok', 'error', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "campaign_lists" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"campaign_id" bigint NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"submitted_by" uuid NOT NULL,
	"callee_count" integer NOT NULL,
	"callees_gzip" "bytea" NOT NULL,
	"callers" text[] NOT NULL,
	CONSTRAINT "campaign_lists_callee_count" CHECK ("campaign_lists"."callee_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"action" text NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"request_hash" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"result" jsonb,
	"error_code" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_state" CHECK ("idempotency_keys"."state" in ('pending', 'succeeded', 'failed', 'unknown')),
	CONSTRAINT "idempotency_keys_key_length" CHECK (length("idempotency_keys"."key") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"sdk_app_ids" bigint[] DEFAULT '{}'::bigint[] NOT NULL,
	"time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_key" UNIQUE("email"),
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_role" CHECK ("users"."role" in ('admin', 'supervisor', 'viewer')),
	CONSTRAINT "users_password_hash_argon2id" CHECK ("users"."password_hash" like '$argon2id$%'),
	CONSTRAINT "users_sdk_app_ids_positive" CHECK (0 < all("users"."sdk_app_ids"))
);
--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_events_user_idx" ON "audit_events" USING btree ("user_id","at","id");--> statement-breakpoint
CREATE INDEX "audit_events_campaign_idx" ON "audit_events" USING btree ("campaign_id","at","id") WHERE "audit_events"."campaign_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","at","id");--> statement-breakpoint
CREATE INDEX "audit_events_app_idx" ON "audit_events" USING btree ("sdk_app_id","at","id");--> statement-breakpoint
CREATE INDEX "campaign_lists_latest_idx" ON "campaign_lists" USING btree ("sdk_app_id","campaign_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_state_created_idx" ON "idempotency_keys" USING btree ("state","created_at");