CREATE TABLE "campaign_terminal_states" (
	"kind" text NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"campaign_id" bigint NOT NULL,
	"state" text NOT NULL,
	"describe" jsonb,
	"list_item" jsonb,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_terminal_states_pkey" PRIMARY KEY("kind","sdk_app_id","campaign_id"),
	CONSTRAINT "campaign_terminal_states_kind" CHECK ("campaign_terminal_states"."kind" in ('predictive', 'cruise')),
	CONSTRAINT "campaign_terminal_states_state" CHECK ("campaign_terminal_states"."state" in ('finished', 'aborted')),
	CONSTRAINT "campaign_terminal_states_answer" CHECK ("campaign_terminal_states"."describe" is not null or "campaign_terminal_states"."list_item" is not null)
);
