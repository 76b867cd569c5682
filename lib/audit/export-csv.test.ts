/**
 * The CSV export against a real database and the emulator: every matching event across several database pages,
 * newest first, fields as readable lines with skill group names from CCC, times in the viewer's zone, and the
 * export itself recorded in the trail.
 */
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionHarness, APP_A, fakeUser, startActionHarness } from "@/lib/actions/testing/action-harness";
import { appendAuditEvent, getDb, listAuditEvents } from "@/lib/db";
import { EXPORT_PAGE_SIZE, exportAuditCsv, exportLocale } from "./export-csv";

let harness: ActionHarness;
let group = { id: 0, name: "" };
const CAMPAIGN = 424242;
const COUNT = EXPORT_PAGE_SIZE + 3; // more than one database page
const user = { ...fakeUser("supervisor", [APP_A]), timeZone: "America/New_York" };

beforeAll(async () => {
  harness = await startActionHarness();
  const seeded = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A)?.skillGroups[0];
  if (!seeded) throw new Error("the emulator's seed has no skill group in APP_A");
  group = { id: seeded.SkillGroupId, name: seeded.SkillGroupName };
  const db = await getDb();
  for (let index = 0; index < COUNT; index++) {
    await appendAuditEvent(db, {
      userId: user.id,
      userEmail: "sam@example.com",
      action: "UpdatePredictiveDialingCampaign",
      sdkAppId: APP_A,
      campaignId: CAMPAIGN,
      summary: { diff: { priority: { from: index, to: index + 1 }, skillGroupId: { from: group.id, to: 0 } } },
      cccRequestId: `req-${index}`,
      outcome: "ok",
    });
  }
}, 120_000);
afterAll(async () => {
  await harness?.close();
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text, so the test sees it (Response.text() would drop it).
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("exportAuditCsv", () => {
  it("streams every matching event in the viewer's language and zone, and records the export", async () => {
    const params = { app: APP_A, campaign: CAMPAIGN, page: 1 };
    const csv = await text(await exportAuditCsv({ user, params, apps: [APP_A], locale: "en" }));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: "\r\n" }).data;
    expect(rows[0]).toEqual([
      "Time (America/New_York)",
      "User",
      "Action",
      "App",
      "Campaign",
      "Outcome",
      "Error code",
      "RequestId",
      "Fields",
    ]);
    expect(rows).toHaveLength(COUNT + 1);
    // Newest first: the last event appended leads.
    const newest = rows[1] ?? [];
    expect(newest.slice(1, 8)).toEqual([
      "sam@example.com",
      "UpdatePredictiveDialingCampaign",
      String(APP_A),
      String(CAMPAIGN),
      "Succeeded",
      "",
      `req-${COUNT - 1}`,
    ]);
    expect(newest[8]?.split("\n")).toEqual([
      `Skill group: ${group.name} (ID ${group.id}) → Skill group 0`,
      `Priority: ${COUNT - 1} → ${COUNT}`,
    ]);
    const stamp = new Intl.DateTimeFormat("sv-SE", { timeZone: user.timeZone, dateStyle: "short" }).format(new Date());
    expect(newest[0]?.startsWith(stamp)).toBe(true);

    const recorded = (await listAuditEvents(await getDb(), { action: "audit.export" }, { limit: 1 })).rows[0];
    expect(recorded).toMatchObject({
      userId: user.id,
      sdkAppId: APP_A,
      campaignId: CAMPAIGN,
      outcome: "ok",
      summary: { filters: `app=${APP_A}&campaign=${CAMPAIGN}`, rowCount: COUNT },
    });
  });

  it("answers in Chinese when the locale cookie says so", async () => {
    const request = new Request("http://127.0.0.1/api/audit/export", { headers: { cookie: "a=1; NEXT_LOCALE=zh-CN" } });
    expect(exportLocale(request)).toBe("zh-CN");
    const params = { app: APP_A, campaign: CAMPAIGN, page: 1 };
    const csv = await text(await exportAuditCsv({ user, params, apps: [APP_A], locale: "zh-CN" }));
    expect(csv.split("\r\n")[0]).toBe("\uFEFF时间（America/New_York）,用户,操作,应用,任务,结果,错误码,RequestId,字段");
    expect(csv).toContain("优先级: 0 → 1");
  });
});
