/**
 * Server loaders of the cruise pages: one campaign (Describe + what the console recorded), and the list of campaigns
 * created from the console with their live state. CCC errors come back as browser-safe failures.
 */
import "server-only";
import { visibleAppIds } from "@/lib/auth/roles";
import { isCccError } from "@/lib/ccc/errors";
import { cccConfig, getCccClient, getCccConfig } from "@/lib/ccc/server";
import {
  type ConsoleCampaign,
  findConsoleCampaign,
  getDb,
  latestCampaignLists,
  listConsoleCampaignAgents,
  listConsoleCampaigns,
} from "@/lib/db";
import { logger } from "@/lib/log";
import { type CccFailure, NOT_ANSWERED_YET, toCccFailure } from "../ccc-failure";
import { recordCruiseDescribe, recordedCruiseAnswers, refKey } from "../terminal-records.server";
import { type CruiseCampaignView, toCruiseCampaignView } from "./campaign-view";
import { CRUISE_PAGE_SIZE, CRUISE_STATE_SCAN_LIMIT, type CruiseListParams, parseCruiseListParams } from "./list-params";

const log = logger.child({ module: "cruise" });

/**
 * How long the list waits for a row's Describe before showing "checking" for it. The call goes on (its answer lands
 * in the read cache, and the list polls again soon), so a list never queues behind CCC's budget: with 20 supervisors
 * creating campaigns, each new row's first Describe could otherwise wait seconds for a turn (bench:load).
 */
export const LIST_DESCRIBE_WAIT_MS = 250;

/** The apps this user may work with here, or null when CCC is not configured. */
export function cruiseAppIds(user: { sdkAppIds: readonly number[] }): number[] | null {
  try {
    return visibleAppIds(user, cccConfig().sdkAppIds);
  } catch (error) {
    log.error({ err: error }, "CCC is not configured");
    return null;
  }
}

/**
 * A campaign's state: from CCC (`recordedAt` null), or from the console's record of a finished or aborted campaign,
 * which CCC would answer the same way (`recordedAt`: when the console recorded it).
 */
export type DescribeResult =
  | { ok: true; view: CruiseCampaignView; recordedAt: Date | null }
  | { ok: false; failure: CccFailure };

export interface CruiseLoadOptions {
  /** Ask CCC now: skip the record and the read cache; the answer replaces the record (or drops it). */
  fresh?: boolean;
}

/** Asks CCC, and records the answer when it shows the campaign finished or aborted. */
export async function describeCruiseCampaign(
  sdkAppId: number,
  campaignId: number,
  { fresh = false }: CruiseLoadOptions = {},
): Promise<DescribeResult> {
  const ref = { sdkAppId, campaignId };
  try {
    const response = await getCccClient().describeAgentCruiseDialingCampaign(
      { SdkAppId: sdkAppId, CampaignId: campaignId },
      { fresh },
    );
    await recordCruiseDescribe(ref, response, { refreshed: fresh });
    return { ok: true, view: toCruiseCampaignView(ref, response), recordedAt: null };
  } catch (error) {
    if (!isCccError(error)) throw error;
    log.warn({ sdkAppId, campaignId, code: error.code, requestId: error.requestId }, "cruise describe failed");
    return { ok: false, failure: toCccFailure(error) };
  }
}

export interface CruiseCampaignPageData {
  describe: DescribeResult;
  /** The console's record when the campaign was created here (who, when, RequestId), else null. */
  record: ConsoleCampaign | null;
}

/** The recorded states among `refs` (by refKey), as Describe results. */
async function recordedCruiseStates(refs: { sdkAppId: number; campaignId: number }[]) {
  const results = new Map<string, DescribeResult>();
  for (const [key, { ref, response, recordedAt }] of await recordedCruiseAnswers(refs)) {
    results.set(key, { ok: true, view: toCruiseCampaignView(ref, response), recordedAt });
  }
  return results;
}

export async function loadCruiseCampaign(
  sdkAppId: number,
  campaignId: number,
  options: CruiseLoadOptions = {},
): Promise<CruiseCampaignPageData> {
  const ref = { sdkAppId, campaignId };
  const db = await getDb();
  const [recorded, record] = await Promise.all([
    options.fresh ? undefined : recordedCruiseStates([ref]).then((found) => found.get(refKey(ref))),
    findConsoleCampaign(db, { kind: "cruise", ...ref }),
  ]);
  return { describe: recorded ?? (await describeCruiseCampaign(sdkAppId, campaignId, options)), record };
}

/** The lists a campaign was created with (for a clone), or null when it was not created from this console. */
export async function loadCruiseLists(sdkAppId: number, campaignId: number) {
  const lists = await latestCampaignLists(await getDb(), { kind: "cruise", sdkAppId, campaignId });
  return lists ? { callees: lists.callees, callers: lists.callers } : null;
}

export interface CruiseListRow {
  record: ConsoleCampaign;
  describe: DescribeResult;
}

export interface CruiseListData {
  params: CruiseListParams;
  appIds: number[];
  agents: string[];
  rows: CruiseListRow[];
  /** Rows matching the filters; with a state filter, among the newest CRUISE_STATE_SCAN_LIMIT. */
  total: number;
  /** With a state filter: whether older campaigns were left out of the scan. */
  scanCapped: boolean;
}

export interface CruiseListOptions {
  /**
   * How long a row's Describe may take before the row says "checking". Default: LIST_DESCRIBE_WAIT_MS with the read
   * cache on; with it off (CCC_READ_FRESH_MS=0) no limit, since the late answer would not be kept for the next poll.
   */
  describeWaitMs?: number;
}

export async function loadCruiseList(
  searchParams: Record<string, string | string[] | undefined>,
  appIds: number[],
  { describeWaitMs = getCccConfig().readFreshMs > 0 ? LIST_DESCRIBE_WAIT_MS : undefined }: CruiseListOptions = {},
): Promise<CruiseListData> {
  const params = parseCruiseListParams(searchParams, appIds);
  const db = await getDb();
  const filter = {
    kind: "cruise" as const,
    sdkAppIds: params.sdkAppId !== undefined ? [params.sdkAppId] : appIds,
    agent: params.agent,
  };
  const agents = await listConsoleCampaignAgents(db, { kind: "cruise", sdkAppIds: appIds });
  // Finished and aborted campaigns come from the console's record: only live ones cost a Describe.
  // waitMs: undefined waits for every answer (a state filter must know each row's state).
  const describeAll = async (records: ConsoleCampaign[], waitMs?: number) => {
    const recorded = await recordedCruiseStates(records);
    return Promise.all(
      records.map(async (record) => ({
        record,
        describe:
          recorded.get(refKey(record)) ??
          (await answeredWithin(describeCruiseCampaign(record.sdkAppId, record.campaignId), waitMs)),
      })),
    );
  };

  if (!params.state) {
    const page = await listConsoleCampaigns(db, filter, {
      limit: CRUISE_PAGE_SIZE,
      offset: (params.page - 1) * CRUISE_PAGE_SIZE,
    });
    const rows = await describeAll(page.rows, describeWaitMs);
    return { params, appIds, agents, rows, total: page.total, scanCapped: false };
  }
  const scan = await listConsoleCampaigns(db, filter, { limit: CRUISE_STATE_SCAN_LIMIT });
  const matching = (await describeAll(scan.rows)).filter(
    (row) => row.describe.ok && row.describe.view.state === params.state,
  );
  const start = (params.page - 1) * CRUISE_PAGE_SIZE;
  return {
    params,
    appIds,
    agents,
    rows: matching.slice(start, start + CRUISE_PAGE_SIZE),
    total: matching.length,
    scanCapped: scan.total > scan.rows.length,
  };
}

/** The Describe's result if it settles within `waitMs`, else "not answered yet" while the call goes on. */
function answeredWithin(describe: Promise<DescribeResult>, waitMs: number | undefined): Promise<DescribeResult> {
  if (waitMs === undefined || !Number.isFinite(waitMs)) return describe;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<DescribeResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, failure: NOT_ANSWERED_YET }), waitMs);
  });
  // A call left running must not become an unhandled rejection (describeCruiseCampaign throws only non-CCC errors).
  describe.catch((error: unknown) => log.error({ err: error }, "cruise describe failed after the list answered"));
  return Promise.race([describe, late]).finally(() => clearTimeout(timer));
}
