/**
 * Generated call records. A campaign that has dialled n callees (its progress at the emulator's clock) has made
 * calls 0…n−1, one per callee; each call is a pure function of (campaign, index), so sessions and CDRs agree on every
 * read, tests can assert exact figures, and nothing is stored. Calls are spaced as the progress model dials them:
 * per round of ROUND_SECONDS, a predictive campaign calls PREDICTIVE_CALLEES_PER_ROUND callees and a cruise campaign
 * ConcurrencyNumber, one second apart. Times never pass the campaign's EndTime or the clock.
 */
import type { TTelCdr } from "../../lib/ccc/actions";
import { endStatusString } from "../../lib/results/end-status";
import {
  cruiseProgress,
  PREDICTIVE_CALLEES_PER_ROUND,
  predictiveProgress,
  ROUND_SECONDS,
  settleCruise,
  settlePredictive,
} from "../state/lifecycle";
import type { AppState, CruiseRecord, PredictiveRecord } from "../state/schema";
import { gcd, hash32, pickWeighted } from "./hash";
import { type CallKind, sessionId } from "./session-id";

export interface CallSource {
  kind: CallKind;
  campaign: PredictiveRecord | CruiseRecord;
  /** Calls made so far. */
  count: number;
  perRound: number;
  /** The last second a call may start at. */
  lastTime: number;
}

/** Outcome mix of an outbound campaign (weights out of 1,000). */
const END_STATUS_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 480],
  [202, 220],
  [206, 70],
  [203, 60],
  [204, 40],
  [205, 30],
  [210, 30],
  [222, 30],
  [208, 20],
  [108, 10],
  [109, 10],
];

export function predictiveSource(c: PredictiveRecord, now: number): CallSource {
  settlePredictive(c, now);
  const count = predictiveProgress(c, now);
  return { kind: "predictive", campaign: c, count, perRound: PREDICTIVE_CALLEES_PER_ROUND, lastTime: lastTime(c, now) };
}

export function cruiseSource(c: CruiseRecord, now: number): CallSource {
  settleCruise(c, now);
  const count = cruiseProgress(c, now);
  return { kind: "cruise", campaign: c, count, perRound: c.ConcurrencyNumber, lastTime: lastTime(c, now) };
}

const lastTime = (c: { StartTime: number; EndTime: number }, now: number) =>
  Math.max(c.StartTime, Math.min(now, c.EndTime) - 1);

/** Every campaign of the app that has made calls, predictive first, each by CampaignId. */
export function callSources(app: AppState, now: number): CallSource[] {
  const byId = (a: CallSource, b: CallSource) => a.campaign.CampaignId - b.campaign.CampaignId;
  const predictive = app.predictiveCampaigns.map((c) => predictiveSource(c, now)).sort(byId);
  const cruise = app.cruiseCampaigns.map((c) => cruiseSource(c, now)).sort(byId);
  return [...predictive, ...cruise].filter((s) => s.count > 0);
}

/** Non-decreasing in `index`, which is what lets a time window become an index range. */
export function callTime(source: CallSource, index: number): number {
  const planned =
    source.campaign.StartTime + Math.floor(index / source.perRound) * ROUND_SECONDS + (index % source.perRound);
  return Math.min(planned, source.lastTime);
}

/** The calls [from, to) of a source whose Time lies in [start, end]. */
export function indexRange(source: CallSource, start: number, end: number): [number, number] {
  const firstAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = source.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (callTime(source, mid) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [firstAtOrAfter(start), firstAtOrAfter(end + 1)];
}

/** Which callee call `index` dialled: in list order, or (CallOrder 0) a fixed permutation of the list. */
function calleeAt(source: CallSource, index: number): string {
  const callees = source.campaign.Callees ?? [];
  const n = callees.length;
  if (n === 0) return "";
  if (source.campaign.CallOrder === 1) return callees[index % n] ?? "";
  let step = (hash32(source.campaign.CampaignId, 11) % n) | 1;
  while (gcd(step, n) !== 1) step += 1;
  const offset = hash32(source.campaign.CampaignId, 13) % n;
  return callees[(index * step + offset) % n] ?? "";
}

function agentFor(app: AppState, source: CallSource, roll: number) {
  const c = source.campaign;
  if ("Agent" in c) return app.staff.find((s) => s.Mail === c.Agent) ?? { Mail: c.Agent, Name: c.Agent };
  const group = app.staff.filter((s) => s.SkillGroupList?.some((g) => g.SkillGroupId === c.SkillGroupId));
  return group.length > 0 ? group[roll % group.length] : undefined;
}

/** The CDR of call `index` (0 ≤ index < source.count), as DescribeTelCdr returns it. */
export function callRecord(app: AppState, source: CallSource, index: number): TTelCdr {
  const c = source.campaign;
  const id = c.CampaignId;
  const endStatus = pickWeighted(END_STATUS_WEIGHTS, hash32(id, index, 1) % 1000);
  const answered = endStatus === 1;
  const time = callTime(source, index);
  const ringSeconds = 2 + (hash32(id, index, 2) % 18);
  const duration = answered ? 15 + (hash32(id, index, 3) % 286) : 0;
  const accepted = answered ? time + 1 + ringSeconds : 0;
  const ended = answered ? accepted + duration : time + 1 + (endStatus === 202 ? 30 : ringSeconds);
  // A cruise campaign's agent placed every call; a predictive campaign hands only answered calls to an agent.
  const agent = answered || source.kind === "cruise" ? agentFor(app, source, hash32(id, index, 4)) : undefined;
  const callers = c.Callers ?? [];
  const callee = calleeAt(source, index);
  const session = sessionId(source.kind, id, index);
  const skillGroupId = "SkillGroupId" in c ? c.SkillGroupId : undefined;
  const attributes = "CalleeAttributes" in c ? c.CalleeAttributes : undefined;
  return {
    SessionId: session,
    Caller: callers.length > 0 ? callers[index % callers.length] : "",
    Callee: callee,
    Time: time,
    Direction: 1,
    CallType: source.kind === "predictive" ? 5 : 1,
    Duration: duration,
    RecordURL: answered ? `https://ccc-emulator.invalid/records/${session}.mp3` : "",
    RecordId: answered ? `rec-${session}` : "",
    SeatUser: agent
      ? {
          Name: agent.Name ?? "",
          Mail: agent.Mail,
          StaffNumber: "StaffNumber" in agent ? (agent.StaffNumber ?? "") : "",
        }
      : null,
    EndStatus: endStatus,
    EndStatusString: endStatusString(endStatus),
    SkillGroupId: skillGroupId ?? null,
    SkillGroup: app.skillGroups.find((g) => g.SkillGroupId === skillGroupId)?.SkillGroupName ?? "",
    RingTimestamp: time + 1,
    AcceptTimestamp: accepted,
    EndedTimestamp: ended,
    StartTimestamp: time,
    HungUpSide: answered ? (hash32(id, index, 5) % 2 === 0 ? "user" : "seat") : "system",
    UUI: attributes?.find((a) => a.Callee === callee)?.UUI ?? c.UUI ?? "",
  };
}
