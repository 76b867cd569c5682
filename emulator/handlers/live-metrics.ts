/**
 * DescribeStaffStatusMetrics and DescribeCallInMetrics, generated from the clock: each agent's state changes every
 * STATE_SECONDS and is a pure function of (agent, time slot), busier while a predictive campaign of one of their
 * skill groups runs; queue figures follow the running campaigns of each skill group. Same clock, same answer.
 */
import type { TCallInMetrics, TStaffStatus, TStaffStatusMetrics } from "../../lib/ccc/actions";
import { hash32, pickWeighted } from "../calls/hash";
import type { AppState } from "../state/schema";
import type { HandlerMap } from "./types";

type LiveMetricsActions = "DescribeStaffStatusMetrics" | "DescribeCallInMetrics";

export const STATE_SECONDS = 20;
const DIALLING: readonly (readonly [TStaffStatus, number])[] = [
  ["busy", 550],
  ["free", 150],
  ["afterCallWork", 150],
  ["rest", 50],
  ["notReady", 50],
  ["offline", 50],
];
const QUIET: readonly (readonly [TStaffStatus, number])[] = [
  ["free", 300],
  ["busy", 200],
  ["afterCallWork", 100],
  ["rest", 100],
  ["notReady", 100],
  ["offline", 200],
];

const mailKey = (mail: string) => [...mail].reduce((h, ch) => hash32(h, ch.charCodeAt(0)), 0);

/** Skill groups with a running predictive campaign, with how many run in each. */
function dialingGroups(app: AppState, now: number): Map<number, number> {
  const groups = new Map<number, number>();
  for (const c of app.predictiveCampaigns) {
    if (c.Status === 1 && now >= c.StartTime && now < c.EndTime) {
      groups.set(c.SkillGroupId, (groups.get(c.SkillGroupId) ?? 0) + 1);
    }
  }
  return groups;
}

function staffMetrics(mail: string, dialling: boolean, now: number): TStaffStatusMetrics {
  const slot = Math.floor(now / STATE_SECONDS);
  const key = mailKey(mail);
  const status = pickWeighted(dialling ? DIALLING : QUIET, hash32(key, slot) % 1000);
  const online = status === "offline" ? 0 : 3600 + (hash32(key, slot, 1) % 14_400);
  const share = (n: number) => Math.floor((online * n) / 100);
  return {
    Email: mail,
    Status: status,
    StatusExtra: status === "busy" ? { Type: "tel", Direct: "out" } : null,
    OnlineDuration: online,
    FreeDuration: share(20),
    BusyDuration: share(55),
    NotReadyDuration: share(10),
    RestDuration: share(5),
    AfterCallWorkDuration: share(10),
    Reason: status === "rest" ? "lunch" : "",
    ReserveRest: false,
    ReserveNotReady: false,
    UseMobileAccept: 0,
    UseMobileCallOut: false,
    LastOnlineTimestamp: now - online,
    LastStatusTimestamp: slot * STATE_SECONDS,
  };
}

function queueMetrics(campaigns: number, seed: number, now: number): TCallInMetrics {
  const roll = (n: number, max: number) => (campaigns === 0 ? 0 : hash32(seed, Math.floor(now / 5), n) % max);
  const queued = campaigns * roll(1, 4);
  return {
    IvrCount: 0,
    QueueCount: queued,
    RingCount: campaigns * roll(2, 3),
    AcceptCount: campaigns * (2 + roll(3, 5)),
    TransferOuterCount: 0,
    MaxQueueDuration: queued > 0 ? 5 + roll(4, 40) : 0,
    AvgQueueDuration: queued > 0 ? 2 + roll(5, 8) : 0,
    MaxRingDuration: campaigns > 0 ? 8 + roll(6, 20) : 0,
    AvgRingDuration: campaigns > 0 ? 4 + roll(7, 6) : 0,
    MaxAcceptDuration: campaigns > 0 ? 120 + roll(8, 480) : 0,
    AvgAcceptDuration: campaigns > 0 ? 60 + roll(9, 90) : 0,
  };
}

function sumMetrics(all: TCallInMetrics[]): TCallInMetrics {
  const sum = (key: keyof TCallInMetrics) => all.reduce((total, m) => total + (m[key] ?? 0), 0);
  const max = (key: keyof TCallInMetrics) => all.reduce((top, m) => Math.max(top, m[key] ?? 0), 0);
  const avg = (key: keyof TCallInMetrics) => (all.length === 0 ? 0 : Math.round(sum(key) / all.length));
  return {
    IvrCount: sum("IvrCount"),
    QueueCount: sum("QueueCount"),
    RingCount: sum("RingCount"),
    AcceptCount: sum("AcceptCount"),
    TransferOuterCount: sum("TransferOuterCount"),
    MaxQueueDuration: max("MaxQueueDuration"),
    AvgQueueDuration: avg("AvgQueueDuration"),
    MaxRingDuration: max("MaxRingDuration"),
    AvgRingDuration: avg("AvgRingDuration"),
    MaxAcceptDuration: max("MaxAcceptDuration"),
    AvgAcceptDuration: avg("AvgAcceptDuration"),
  };
}

export const liveMetricsHandlers: HandlerMap<LiveMetricsActions> = {
  DescribeStaffStatusMetrics(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const groups = dialingGroups(app, ctx.now);
    const mails = req.StaffList && new Set(req.StaffList.map((m) => m.toLowerCase()));
    const Metrics = app.staff
      .filter((s) => !mails || mails.has(s.Mail.toLowerCase()))
      .filter((s) => !req.GroupIdList || s.SkillGroupList?.some((g) => req.GroupIdList?.includes(g.SkillGroupId)))
      .map((s) =>
        staffMetrics(
          s.Mail,
          (s.SkillGroupList ?? []).some((g) => groups.has(g.SkillGroupId)),
          ctx.now,
        ),
      )
      .filter((m) => !req.StatusList || (req.StatusList as string[]).includes(m.Status));
    return { Metrics };
  },

  DescribeCallInMetrics(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId);
    const running = dialingGroups(app, ctx.now);
    const perGroup = app.skillGroups
      .filter((g) => !req.GroupIdList || req.GroupIdList.includes(g.SkillGroupId))
      .map((g) => ({
        SkillGroupId: g.SkillGroupId,
        Name: g.SkillGroupName,
        Metrics: queueMetrics(running.get(g.SkillGroupId) ?? 0, g.SkillGroupId, ctx.now),
      }));
    return {
      Timestamp: ctx.now,
      TotalMetrics: sumMetrics(perGroup.map((g) => g.Metrics)),
      SkillGroupMetrics: req.EnabledSkillGroup === false ? [] : perGroup,
      NumberMetrics: req.EnabledNumber ? [] : null,
    };
  },
};
