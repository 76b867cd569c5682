/**
 * The JSON bodies of the console's read routes (app/api). The route parses what it sends with the schema
 * (withRoute's `response`), the browser parses what it receives with the same one (fetchJson), and a server prefetch
 * seeds the query cache through it too, so all three hold the same shape. Browser-safe: zod only.
 * schemas.test.ts checks at compile time that each body still fits the loader types the components use.
 */
import { z } from "zod";
import { CRUISE_STATES } from "@/lib/campaigns/cruise/campaign-view";
import { predictiveStatuses } from "@/lib/campaigns/predictive/campaign-row";
import { ZPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";

const ZId = z.number().int().positive();

export const ZCccFailure = z.object({
  code: z.string(),
  requestId: z.string().nullable(),
  category: z.enum([
    "auth",
    "throttled",
    "unavailable",
    "timeout",
    "network",
    "rejected",
    "other",
    "basePackageExpired",
    "insufficientLicense",
    "outOfQuotaMaxCount",
    "pending",
  ]),
});

const ZSkillGroupOption = z.object({ id: z.number().int(), name: z.string(), phone: z.boolean() });

// ── Predictive ───────────────────────────────────────────────────────────────────────────────────────────────────

const ZPredictiveRow = z.object({
  campaignId: ZId,
  name: z.string(),
  status: z.enum(predictiveStatuses),
  endReason: z.enum(["byHand", "byTimeout"]).nullable(),
  calleeCount: z.number().int(),
  finishedCalleeCount: z.number().int(),
  priority: z.number().int(),
  skillGroupId: z.number().int(),
});

/** GET /api/apps/{sdkAppId}/predictive-campaigns: one page of the list with the filters it was read with. */
export const ZPredictiveListBody = z.object({
  sdkAppIds: z.array(ZId).readonly(),
  params: z.object({
    sdkAppId: ZId,
    page: z.number().int().positive(),
    name: z.string().optional(),
    skillGroupId: z.number().int().optional(),
    status: z.enum(predictiveStatuses).optional(),
  }),
  skillGroups: z.array(ZSkillGroupOption),
  totalCount: z.number().int(),
  rows: z.array(ZPredictiveRow),
  statusScan: z.object({ scanned: z.number().int(), complete: z.boolean() }).nullable(),
});
export type TPredictiveListBody = z.output<typeof ZPredictiveListBody>;

/** GET /api/apps/{sdkAppId}/predictive-campaigns/{campaignId}: Describe, callee counts and skill group names. */
export const ZPredictiveCampaignBody = z.object({
  sdkAppId: ZId,
  campaignId: ZId,
  snapshot: ZPredictiveSnapshot,
  skillGroups: z.array(ZSkillGroupOption),
  progress: z.object({ calleeCount: z.number().int(), finishedCalleeCount: z.number().int() }).nullable(),
});
export type TPredictiveCampaignBody = z.output<typeof ZPredictiveCampaignBody>;

// ── Agent cruise ─────────────────────────────────────────────────────────────────────────────────────────────────

/** GET /api/apps/{sdkAppId}/cruise-campaigns/{campaignId}: a CruiseCampaignView. */
export const ZCruiseCampaignBody = z.object({
  sdkAppId: ZId,
  campaignId: ZId,
  name: z.string(),
  agent: z.string(),
  concurrencyNumber: z.number().int(),
  startTime: z.number().int(),
  endTime: z.number().int(),
  callOrder: z.union([z.literal(0), z.literal(1)]).nullable(),
  uui: z.string().nullable(),
  state: z.enum(CRUISE_STATES),
  total: z.number().int(),
  called: z.number().int(),
});
export type TCruiseCampaignBody = z.output<typeof ZCruiseCampaignBody>;

const ZCruiseListRow = z.object({
  // Only what the table shows: the console's record also holds who created it and CCC's RequestId.
  record: z.object({ sdkAppId: ZId, campaignId: ZId, name: z.string(), agent: z.string().nullable() }),
  describe: z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), view: ZCruiseCampaignBody }),
    z.object({ ok: z.literal(false), failure: ZCccFailure }),
  ]),
});
export type TCruiseListRow = z.output<typeof ZCruiseListRow>;

/** GET /api/cruise-campaigns: the console's cruise campaigns with their live state, filtered and paged. */
export const ZCruiseListBody = z.object({
  params: z.object({
    sdkAppId: ZId.optional(),
    agent: z.string().optional(),
    state: z.enum(CRUISE_STATES).optional(),
    page: z.number().int().positive(),
  }),
  rows: z.array(ZCruiseListRow),
  total: z.number().int(),
  scanCapped: z.boolean(),
});
export type TCruiseListBody = z.output<typeof ZCruiseListBody>;

/** GET /api/apps/{sdkAppId}/staff: the agent picker's options. */
export const ZStaffBody = z.object({
  agents: z.array(
    z.object({
      mail: z.string(),
      name: z.string(),
      staffNumber: z.string().nullable(),
      skillGroups: z.array(z.string()),
    }),
  ),
  total: z.number().int(),
});
export type TStaffBody = z.output<typeof ZStaffBody>;

// ── Directory ────────────────────────────────────────────────────────────────────────────────────────────────────

/** GET /api/apps/{sdkAppId}/numbers: the caller select's options (DescribeNumbers' State and CostType). */
export const ZCallerNumbersBody = z.object({
  numbers: z.array(
    z.object({
      number: z.string(),
      state: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(5)]),
      costType: z.number().int().optional(),
    }),
  ),
  total: z.number().int(),
});
export type TCallerNumbersBody = z.output<typeof ZCallerNumbersBody>;
