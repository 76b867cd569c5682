CREATE TABLE "console_campaigns" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"campaign_id" bigint NOT NULL,
	"name" text NOT NULL,
	"agent" text,
	"created_by" uuid NOT NULL,
	"created_by_email" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ccc_request_id" text,
	"cloned_from_campaign_id" bigint,
	CONSTRAINT "console_campaigns_kind" CHECK ("console_campaigns"."kind" in ('predictive', 'cruise'))
);
--> statement-breakpoint
DROP INDEX "campaign_lists_latest_idx";--> statement-breakpoint
-- Rows written before this migration were all predictive lists (the only kind the console sent then).
ALTER TABLE "campaign_lists" ADD COLUMN "kind" text NOT NULL DEFAULT 'predictive';--> statement-breakpoint
ALTER TABLE "campaign_lists" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
CREATE UNIQUE INDEX "console_campaigns_campaign_key" ON "console_campaigns" USING btree ("kind","sdk_app_id","campaign_id");--> statement-breakpoint
CREATE INDEX "console_campaigns_list_idx" ON "console_campaigns" USING btree ("kind","sdk_app_id","created_at","id");--> statement-breakpoint
CREATE INDEX "console_campaigns_agent_idx" ON "console_campaigns" USING btree ("kind","agent","created_at","id");--> statement-breakpoint
CREATE INDEX "campaign_lists_latest_idx" ON "campaign_lists" USING btree ("kind","sdk_app_id","campaign_id","submitted_at","id");--> statement-breakpoint
ALTER TABLE "campaign_lists" ADD CONSTRAINT "campaign_lists_kind" CHECK ("campaign_lists"."kind" in ('predictive', 'cruise'));