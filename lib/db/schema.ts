/**
 * The console's own tables: one `pgTable` schema shared by PGlite and PostgreSQL. Change it, then run
 * `npm run db:generate` and commit the new file in `drizzle/`; migrations are applied at server start.
 *
 * Conventions: closed value sets are `text` + CHECK rather than pg enums (a CHECK is replaced in one transactional
 * migration; `ALTER TYPE … ADD VALUE` has transaction restrictions). SdkAppIds and CampaignIds are `bigint` in
 * `number` mode: SdkAppIds such as 1400000001 exceed int4, and all CCC ids stay far below 2^53.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

export const USER_ROLES = ["admin", "supervisor", "viewer"] as const;
/** "pending": written before the CCC call, settled after it (lib/audit/record.ts); a dead process's become "unknown". */
export const AUDIT_OUTCOMES = ["pending", "ok", "error", "unknown"] as const;
export const IDEMPOTENCY_STATES = ["pending", "succeeded", "failed", "unknown"] as const;
/** CCC keeps predictive and agent cruise campaigns apart; their CampaignIds are separate sequences. */
export const CAMPAIGN_KINDS = ["predictive", "cruise"] as const;
/** The states CCC never leaves: a campaign in one is final. */
export const TERMINAL_CAMPAIGN_STATES = ["finished", "aborted"] as const;

/** JSON value as stored in jsonb columns. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Timestamps users compare or page by are millisecond-precise so a JS Date round-trips exactly (keyset cursors). */
const createdAt = () => timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow();

/** node-postgres returns bytea as a Buffer, PGlite as a Uint8Array; both are Uint8Arrays to callers. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique("users_email_key"),
    displayName: text("display_name").notNull(),
    /** Null for users who sign in only through single sign-on (provisioned, or created with --no-password). */
    passwordHash: text("password_hash"),
    role: text("role", { enum: USER_ROLES }).notNull(),
    sdkAppIds: bigint("sdk_app_ids", { mode: "number" }).array().notNull().default(sql`'{}'::bigint[]`),
    timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
    disabled: boolean("disabled").notNull().default(false),
    /** Bumped on role, app, disable and password changes: sessions carrying an older value are rejected. */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Lookups are by lower-cased email; the CHECK makes a mixed-case duplicate impossible, not just unlikely.
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_role", sql`${t.role} in ('admin', 'supervisor', 'viewer')`),
    // Hashing happens in lib/auth; this refuses a plaintext password written here by mistake.
    check("users_password_hash_argon2id", sql`${t.passwordHash} is null or ${t.passwordHash} like '$argon2id$%'`),
    check("users_sdk_app_ids_positive", sql`0 < all(${t.sdkAppIds})`),
  ],
);

/**
 * Append-only: triggers refuse DELETE and TRUNCATE, and every UPDATE except settling a "pending" row's outcome once
 * (drizzle/0001, drizzle/0006).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    // No foreign key: the trail must not constrain or depend on the users table; the email is copied for that.
    userId: uuid("user_id"),
    userEmail: text("user_email").notNull(),
    action: text("action").notNull(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }),
    campaignId: bigint("campaign_id", { mode: "number" }),
    summary: jsonb("summary").$type<Json>().notNull().default({}),
    cccRequestId: text("ccc_request_id"),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull(),
    errorCode: text("error_code"),
  },
  (t) => [
    check("audit_events_outcome", sql`${t.outcome} in ('pending', 'ok', 'error', 'unknown')`),
    // Listings are ordered (at desc, id desc). Ascending (at, id) indexes serve that by a backward scan; a
    // "desc" index would be created NULLS LAST and not match ORDER BY … DESC (NULLS FIRST).
    index("audit_events_at_idx").on(t.at, t.id),
    index("audit_events_user_idx").on(t.userId, t.at, t.id),
    index("audit_events_campaign_idx").on(t.campaignId, t.at, t.id).where(sql`${t.campaignId} is not null`),
    index("audit_events_action_idx").on(t.action, t.at, t.id),
    index("audit_events_app_idx").on(t.sdkAppId, t.at, t.id),
    // Finding rows a dead process left pending stays cheap however long the trail grows.
    index("audit_events_pending_idx").on(t.at).where(sql`${t.outcome} = 'pending'`),
  ],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    key: text("key").primaryKey(),
    userId: uuid("user_id").notNull(),
    action: text("action").notNull(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    /** Hash of the request payload: the same key with a different payload is refused, not replayed. */
    requestHash: text("request_hash").notNull(),
    state: text("state", { enum: IDEMPOTENCY_STATES }).notNull().default("pending"),
    result: jsonb("result").$type<Json>(),
    errorCode: text("error_code"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("idempotency_keys_state", sql`${t.state} in ('pending', 'succeeded', 'failed', 'unknown')`),
    check("idempotency_keys_key_length", sql`length(${t.key}) between 1 and 200`),
    // Housekeeping finds stale pending keys and old keys by age.
    index("idempotency_keys_state_created_idx").on(t.state, t.createdAt),
  ],
);

/**
 * The callee and caller lists sent with each campaign submission (neither DescribePredictiveDialingCampaign nor
 * DescribeAgentCruiseDialingCampaign returns them: an edit or a clone starts from here). Callees are stored as ONE gzip-compressed bytea of newline-joined numbers rather than a
 * text[]: 100,000 E.164 numbers take ~884 KiB as a (TOAST-compressed) text[] but ~596 KiB gzipped, and one bytea
 * is written and read as one blob instead of 100,000 array elements parsed in JS. Order is kept. Figures and the
 * alternatives measured are in lib/db/campaign-lists.ts.
 */
export const campaignLists = pgTable(
  "campaign_lists",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    campaignId: bigint("campaign_id", { mode: "number" }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    submittedBy: uuid("submitted_by").notNull(),
    calleeCount: integer("callee_count").notNull(),
    callees: bytea("callees_gzip").notNull(),
    callers: text("callers").array().notNull(),
    /**
     * The per-callee data (CCC's CalleeAttributes: UUI and Variables) sent with this submission, as gzip-compressed
     * JSON aligned with `callees`; null when none was sent. Describe never returns it, so an edit starts from here.
     */
    calleeAttributes: bytea("callee_attributes_gzip"),
  },
  (t) => [
    check("campaign_lists_callee_count", sql`${t.calleeCount} >= 0`),
    check("campaign_lists_kind", sql`${t.kind} in ('predictive', 'cruise')`),
    index("campaign_lists_latest_idx").on(t.kind, t.sdkAppId, t.campaignId, t.submittedAt, t.id),
  ],
);

/**
 * Campaigns created from this console. CCC lists predictive campaigns but has no list call for agent cruise
 * campaigns, so the console's cruise list is this table joined with live DescribeAgentCruiseDialingCampaign state.
 * Name and agent are copied at creation (CCC cannot change them later: there is no cruise update).
 */
export const consoleCampaigns = pgTable(
  "console_campaigns",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    campaignId: bigint("campaign_id", { mode: "number" }).notNull(),
    name: text("name").notNull(),
    /** Agent cruise only: the agent's account e-mail. */
    agent: text("agent"),
    createdBy: uuid("created_by").notNull(),
    createdByEmail: text("created_by_email").notNull(),
    createdAt: createdAt(),
    cccRequestId: text("ccc_request_id"),
    /** The console campaign this one was cloned from, if any. */
    clonedFromCampaignId: bigint("cloned_from_campaign_id", { mode: "number" }),
  },
  (t) => [
    check("console_campaigns_kind", sql`${t.kind} in ('predictive', 'cruise')`),
    uniqueIndex("console_campaigns_campaign_key").on(t.kind, t.sdkAppId, t.campaignId),
    // The list pages newest first within the apps a user holds.
    index("console_campaigns_list_idx").on(t.kind, t.sdkAppId, t.createdAt, t.id),
    index("console_campaigns_agent_idx").on(t.kind, t.agent, t.createdAt, t.id),
  ],
);

/**
 * Campaigns the console has seen finished or aborted, with what CCC last answered. Those states are final, so lists
 * show them from here instead of asking CCC again (CCC allows 20 requests/second per action for the whole account);
 * a campaign page can still refresh on demand. `describe` holds the last Describe answer; `list_item` the campaign's
 * row of DescribePredictiveDialingCampaigns (predictive only: its callee counts are not in Describe). Either may be
 * missing until the console has made that call.
 */
export const campaignTerminalStates = pgTable(
  "campaign_terminal_states",
  {
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    campaignId: bigint("campaign_id", { mode: "number" }).notNull(),
    state: text("state", { enum: TERMINAL_CAMPAIGN_STATES }).notNull(),
    describe: jsonb("describe").$type<Json>(),
    listItem: jsonb("list_item").$type<Json>(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "campaign_terminal_states_pkey", columns: [t.kind, t.sdkAppId, t.campaignId] }),
    check("campaign_terminal_states_kind", sql`${t.kind} in ('predictive', 'cruise')`),
    check("campaign_terminal_states_state", sql`${t.state} in ('finished', 'aborted')`),
    check("campaign_terminal_states_answer", sql`${t.describe} is not null or ${t.listItem} is not null`),
  ],
);

/**
 * The time zone each campaign was planned in, written when the console creates or saves it (CCC keeps only Unix
 * times, and a predictive campaign's TimeZone only for its calling windows). Pages show the campaign's times in this
 * zone beside the viewer's own.
 */
export const campaignPlans = pgTable(
  "campaign_plans",
  {
    kind: text("kind", { enum: CAMPAIGN_KINDS }).notNull(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    campaignId: bigint("campaign_id", { mode: "number" }).notNull(),
    timeZone: text("time_zone").notNull(),
    /**
     * The daily calling windows ("HH:MM" in time_zone) a predictive campaign was created with. CCC takes them on
     * create but never returns them, so a clone can offer them again only from here. Null: none recorded.
     */
    availableTime: jsonb("available_time").$type<{ start: string; end: string }[]>(),
    updatedBy: uuid("updated_by").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "campaign_plans_pkey", columns: [t.kind, t.sdkAppId, t.campaignId] }),
    check("campaign_plans_kind", sql`${t.kind} in ('predictive', 'cruise')`),
  ],
);

/**
 * Numbers an app must never dial (the do-not-call list), E.164. The server removes them from every create and update
 * before CCC sees the request, whatever page sent it.
 */
export const doNotCall = pgTable(
  "do_not_call",
  {
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    phone: text("phone").notNull(),
    note: text("note"),
    addedBy: uuid("added_by").notNull(),
    addedByEmail: text("added_by_email").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "do_not_call_pkey", columns: [t.sdkAppId, t.phone] }),
    check("do_not_call_phone_e164", sql`${t.phone} ~ '^\\+[1-9][0-9]{1,14}$'`),
    // The list page pages newest first.
    index("do_not_call_list_idx").on(t.sdkAppId, t.addedAt, t.phone),
  ],
);

/**
 * One counter per app, bumped in the same transaction as every do-not-call change: an instance that keeps the list
 * in memory compares it to know whether its copy is current (one indexed read instead of reloading the list).
 */
export const doNotCallVersions = pgTable("do_not_call_versions", {
  sdkAppId: bigint("sdk_app_id", { mode: "number" }).primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

/**
 * CCC's per-action request budget shared by every console instance (lib/ccc/rate-limit-postgres.ts): one row per
 * action, read and written only by rate-limiter-flexible's RateLimiterPostgres, whose layout this is exactly.
 * `expire` is epoch milliseconds from the writing instance's clock.
 */
export const cccRateLimit = pgTable("ccc_rate_limit", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

export type UserRow = typeof users.$inferSelect;
export type UserRole = (typeof USER_ROLES)[number];
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
export type IdempotencyState = (typeof IDEMPOTENCY_STATES)[number];
export type CampaignListRow = typeof campaignLists.$inferSelect;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export type ConsoleCampaignRow = typeof consoleCampaigns.$inferSelect;
export type CampaignTerminalStateRow = typeof campaignTerminalStates.$inferSelect;
export type TerminalCampaignState = (typeof TERMINAL_CAMPAIGN_STATES)[number];
export type CampaignPlanRow = typeof campaignPlans.$inferSelect;
export type DoNotCallRow = typeof doNotCall.$inferSelect;
