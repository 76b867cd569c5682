CREATE TABLE "campaign_plans" (
	"kind" text NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"campaign_id" bigint NOT NULL,
	"time_zone" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_plans_pkey" PRIMARY KEY("kind","sdk_app_id","campaign_id"),
	CONSTRAINT "campaign_plans_kind" CHECK ("campaign_plans"."kind" in ('predictive', 'cruise'))
);
--> statement-breakpoint
CREATE TABLE "do_not_call" (
	"sdk_app_id" bigint NOT NULL,
	"phone" text NOT NULL,
	"note" text,
	"added_by" uuid NOT NULL,
	"added_by_email" text NOT NULL,
	"added_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "do_not_call_pkey" PRIMARY KEY("sdk_app_id","phone"),
	CONSTRAINT "do_not_call_phone_e164" CHECK ("do_not_call"."phone" ~ '^\+[1-9][0-9]{1,14}$')
);
--> statement-breakpoint
CREATE TABLE "do_not_call_versions" (
	"sdk_app_id" bigint PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_lists" ADD COLUMN "callee_attributes_gzip" "bytea";--> statement-breakpoint
CREATE INDEX "do_not_call_list_idx" ON "do_not_call" USING btree ("sdk_app_id","added_at","phone");