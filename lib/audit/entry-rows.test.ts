import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { fieldDiff, type Json } from "@/lib/db";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { type AuditFieldRow, auditEntryRows, keyToWords, referencesSkillGroups } from "./entry-rows";
import { bindAuditFormatter, formatAuditRowLine } from "./format-value";
import { reduceSummary } from "./record";

const APP = 1400000001;
const names = (sdkAppId: number, id: number) => (sdkAppId === APP && id === 12 ? "Sales" : null);

function formatter(locale: "en" | "zh-CN", timeZone: string) {
  const messages = locale === "en" ? en : zhCN;
  const t = createTranslator({ locale, messages, namespace: "AuditTrail" });
  return bindAuditFormatter((key, values) => t(key, values), createFormatter({ locale, timeZone }), timeZone);
}

const lines = (rows: AuditFieldRow[], locale: "en" | "zh-CN" = "en", zone = "Asia/Shanghai") =>
  rows.map((row) => formatAuditRowLine(row, formatter(locale, zone)));

/** Every field update-campaign.ts compares, before and after an edit of all of them. */
const before = {
  name: "Spring",
  callOrder: 0,
  skillGroupId: 12,
  ivrId: null,
  priority: 3,
  expectedAbandonRate: 5,
  retryTimes: null,
  retryInterval: 600,
  startTime: 1772326800, // 2026-03-01 09:00 in Shanghai
  endTime: 1772362800,
  variables: [],
  uui: "",
};
const after = {
  name: "Spring (late)",
  callOrder: 1,
  skillGroupId: 13,
  ivrId: 7,
  priority: 1,
  expectedAbandonRate: 10,
  retryTimes: 2,
  retryInterval: 900,
  startTime: 1772330400,
  endTime: 1772366400,
  variables: [{ key: "region", value: "north" }],
  uui: "batch-7",
};

/** The summary as update-campaign.ts builds it, then reduced for storage as withAudit does. */
function updateSummary(extra: Record<string, Json>): Json {
  return reduceSummary({ diff: fieldDiff(before, after), ...extra }) ?? null;
}

describe("auditEntryRows: a predictive update", () => {
  it("gives one labelled before → after row per changed field, then the lists as counts", () => {
    const summary = updateSummary({
      calleeCount: 120,
      calleesAdded: 20,
      calleesRemoved: 3,
      callerCount: 2,
      callersChanged: true,
      previousListsKnown: true,
    });
    const rows = auditEntryRows({ sdkAppId: APP, summary }, names);
    expect(rows.every((row) => "field" in row.label)).toBe(true);
    expect(lines(rows)).toEqual([
      "Name: Spring → Spring (late)",
      "Skill group: Sales (ID 12) → Skill group 13",
      "Call order: In list order → Random",
      "Priority: 3 → 1",
      "Expected abandon rate: 5% → 10%",
      "Retries per callee: not set → 2",
      "Retry interval: 600 seconds → 900 seconds",
      "IVR ID: not set → 7",
      "Start time: Mar 1, 2026, 9:00 AM → Mar 1, 2026, 10:00 AM",
      "End time: Mar 1, 2026, 7:00 PM → Mar 1, 2026, 8:00 PM",
      "Variables: not set → region = north",
      "UUI (user data): not set → batch-7",
      "Callees: 120 numbers: 20 added, 3 removed",
      "Caller numbers: 2 numbers, changed",
    ]);
  });

  it("names the name change first, and shows times in the viewer's zone and language", () => {
    const rows = auditEntryRows({ sdkAppId: APP, summary: updateSummary({}) }, names);
    expect(lines(rows)[0]).toBe("Name: Spring → Spring (late)");
    const zh = lines(rows, "zh-CN", "America/New_York");
    expect(zh).toContain("开始时间: 2026年2月28日 20:00 → 2026年2月28日 21:00");
    expect(zh).toContain("呼叫顺序: 按列表顺序 → 随机");
  });

  it("says when the list sent before is unknown instead of showing empty counts", () => {
    const summary = updateSummary({
      calleeCount: 3,
      calleesAdded: null,
      calleesRemoved: null,
      callerCount: 1,
      callersChanged: null,
      previousListsKnown: false,
    });
    expect(lines(auditEntryRows({ sdkAppId: APP, summary }, names)).slice(-2)).toEqual([
      "Callees: 3 numbers (the list sent before is not known)",
      "Caller numbers: 1 number",
    ]);
  });
});

describe("auditEntryRows: a cruise create", () => {
  it("lists every recorded value, the callees as a count", () => {
    // The summary create-agent-cruise-campaign-action.ts records, reduced for storage.
    const summary = reduceSummary({
      name: "Follow-up",
      agent: "agent1@example.com",
      concurrencyNumber: 2,
      startTime: 1772326800,
      endTime: 1772362800,
      callOrder: 0,
      callees: ["+8613800000000", "+8613800000001"],
      callerCount: 1,
      uuiLength: 0,
      clonedFromCampaignId: 17,
    });
    const rows = auditEntryRows({ sdkAppId: APP, summary: summary ?? null });
    expect(rows.map((row) => row.before)).toEqual(rows.map(() => undefined));
    expect(lines(rows)).toEqual([
      "Name: Follow-up",
      "Agent: agent1@example.com",
      "Call order: In list order",
      "Concurrent calls: 2",
      "Start time: Mar 1, 2026, 9:00 AM",
      "End time: Mar 1, 2026, 7:00 PM",
      "UUI length: 0",
      "Copied from campaign: 17",
      "Callees: 2 numbers: 2 added, 0 removed",
      "Caller numbers: 1 number",
    ]);
  });
});

describe("auditEntryRows: other events", () => {
  it("reads a user change and the apps of a user", () => {
    const summary = {
      email: "sam@example.com",
      changes: { role: { from: "viewer", to: "supervisor" }, sdkAppIds: { from: [1], to: [1, 2] } },
    };
    expect(lines(auditEntryRows({ sdkAppId: null, summary }))).toEqual([
      "Email: sam@example.com",
      "Role: Viewer → Supervisor",
      "Contact center apps: 1 → 1, 2",
    ]);
  });

  it("turns unknown keys into words and nested values into text, never JSON", () => {
    const rows = auditEntryRows({ sdkAppId: null, summary: { maxRingTime: 30, extraInfo: { someKey: [1, 2] } } });
    expect(lines(rows)).toEqual(["Max ring time: 30", "Extra info: Some key: 1, 2"]);
    expect(keyToWords("previous_lists.known")).toBe("Previous lists known");
  });

  it("has no rows for an empty or non-object summary", () => {
    expect(auditEntryRows({ sdkAppId: APP, summary: {} })).toEqual([]);
    expect(auditEntryRows({ sdkAppId: APP, summary: null })).toEqual([]);
  });

  it("knows which summaries name a skill group", () => {
    expect(referencesSkillGroups(updateSummary({}))).toBe(true);
    expect(referencesSkillGroups({ skillGroupId: 3 })).toBe(true);
    expect(referencesSkillGroups({ name: "x", diff: { name: { from: "a", to: "b" } } })).toBe(false);
  });
});
