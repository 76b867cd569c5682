/**
 * DescribePredictiveDialingSessions and DescribeTelCdr over the generated calls (emulator/calls/). The documented
 * limits hold: page sizes by the request schemas, and the CDR window here — StartTimeStamp at most 180 days back
 * (against campaign time) and a range under 90 days (also in the schema) — refused as InvalidParameterValue.
 */
import { TEL_CDR_MAX_AGE_SECONDS, type TTelCdr } from "../../lib/ccc/actions";
import { type CallSource, callRecord, callSources, callTime, indexRange, predictiveSource } from "../calls/generate";
import { parseSessionId, sessionId } from "../calls/session-id";
import { invalidValue } from "../errors";
import type { AppState } from "../state/schema";
import type { CccParsedRequest } from "../validate-request";
import type { HandlerContext, HandlerMap } from "./types";

type CallRecordActions = "DescribePredictiveDialingSessions" | "DescribeTelCdr";
type TelCdrRequest = CccParsedRequest<"DescribeTelCdr">;

function checkWindow(ctx: HandlerContext, req: TelCdrRequest): void {
  if (req.StartTimeStamp < ctx.now - TEL_CDR_MAX_AGE_SECONDS) {
    throw invalidValue("StartTimeStamp must be within the last 180 days");
  }
}

/** CDRs of the listed sessions that lie in the window, in the order asked. Unknown ids match nothing, as in CCC. */
function bySessionIds(ctx: HandlerContext, app: AppState, req: TelCdrRequest, ids: readonly string[]): TTelCdr[] {
  const sources = new Map<string, CallSource | undefined>();
  const sourceOf = (kind: string, campaignId: number): CallSource | undefined => {
    const key = `${kind}:${campaignId}`;
    if (!sources.has(key)) sources.set(key, findSource(ctx, app, kind, campaignId));
    return sources.get(key);
  };
  const records: TTelCdr[] = [];
  for (const id of ids) {
    const ref = parseSessionId(id);
    const source = ref && sourceOf(ref.kind, ref.campaignId);
    if (!ref || !source || ref.index >= source.count) continue;
    const time = callTime(source, ref.index);
    if (time < req.StartTimeStamp || time > req.EndTimeStamp) continue;
    records.push(callRecord(app, source, ref.index));
  }
  return records;
}

function findSource(ctx: HandlerContext, app: AppState, kind: string, campaignId: number): CallSource | undefined {
  return callSources(app, ctx.now).find((s) => s.kind === kind && s.campaign.CampaignId === campaignId);
}

/** One page of the app's calls in the window (campaign by campaign), without materialising the rest. */
function windowPage(ctx: HandlerContext, app: AppState, req: TelCdrRequest): { total: number; page: TTelCdr[] } {
  const phones = req.Phones && req.Phones.length > 0 ? new Set(req.Phones) : undefined;
  const first = req.PageNumber * req.PageSize;
  const page: TTelCdr[] = [];
  let total = 0;
  for (const source of callSources(app, ctx.now)) {
    const [from, to] = indexRange(source, req.StartTimeStamp, req.EndTimeStamp);
    if (!phones) {
      // Without a phone filter the page is cut from the index ranges by arithmetic.
      const skip = Math.max(0, first - total);
      for (let i = from + skip; i < to && page.length < req.PageSize; i++) page.push(callRecord(app, source, i));
      total += to - from;
      continue;
    }
    for (let i = from; i < to; i++) {
      const record = callRecord(app, source, i);
      if (!phones.has(record.Callee ?? "") && !phones.has(record.Caller ?? "")) continue;
      if (total >= first && page.length < req.PageSize) page.push(record);
      total += 1;
    }
  }
  return { total, page };
}

export const callRecordHandlers: HandlerMap<CallRecordActions> = {
  DescribePredictiveDialingSessions(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const source = predictiveSource(ctx.store.requirePredictive(app, req.CampaignId, ctx.now), ctx.now);
    const from = req.PageNumber * req.PageSize;
    const to = Math.min(source.count, from + req.PageSize);
    const SessionList: string[] = [];
    for (let index = from; index < to; index++) SessionList.push(sessionId("predictive", req.CampaignId, index));
    return { TotalCount: source.count, SessionList };
  },

  DescribeTelCdr(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    checkWindow(ctx, req);
    if (req.SessionIds && req.SessionIds.length > 0) {
      const records = bySessionIds(ctx, app, req, req.SessionIds);
      const page = records.slice(req.PageNumber * req.PageSize, (req.PageNumber + 1) * req.PageSize);
      return { TotalCount: records.length, TelCdrList: page };
    }
    const { total, page } = windowPage(ctx, app, req);
    return { TotalCount: total, TelCdrList: page };
  },
};
