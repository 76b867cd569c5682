/**
 * The do-not-call actions and the re-apply in the create and update paths, through the guard, on a real PGlite
 * database and the in-process CCC emulator: a listed number never reaches CCC (emulator request counts and state).
 */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { toWire } from "@/lib/callees/wire";
import { getDb, listAuditEvents, listDoNotCall } from "@/lib/db";
import { addDoNotCallAction } from "./add-do-not-call-action";
import { checkDoNotCallAction } from "./check-do-not-call-action";
import { createAgentCruiseCampaignAction } from "./create-agent-cruise-campaign-action";
import { importDoNotCallAction } from "./import-do-not-call-action";
import { removeDoNotCallAction } from "./remove-do-not-call-action";
import { type ActionHarness, APP_A, fakeUser, setUpActionHarness } from "./testing/action-harness";
import { editFor } from "./testing/predictive-edit";
import { updatePredictiveCampaignAction } from "./update-predictive-campaign-action";

const session = vi.mocked(getSessionUser);
const currentHarness = setUpActionHarness();
let harness: ActionHarness;
beforeEach(async () => {
  harness = currentHarness();
  session.mockResolvedValue(fakeUser("supervisor", [APP_A], "00000000-0000-4000-8000-0000000000d1"));
  // Each test starts from an empty list for APP_A.
  const { entries } = await listDoNotCall(await getDb(), { sdkAppId: APP_A, page: 1, pageSize: 100 });
  if (entries.length > 0) await removeDoNotCallAction({ sdkAppId: APP_A, phones: entries.map((e) => e.phone) });
});

const calls = async (action: string) => (await harness.emulator.admin.requestCounts()).byAction[action]?.total ?? 0;

describe("do-not-call actions", () => {
  it("adds a number typed in national form as E.164, removes it, and audits counts only", async () => {
    const added = await addDoNotCallAction({ sdkAppId: APP_A, phone: "138 0000 0007", note: "asked twice" });
    expect(added.data).toEqual({ phone: "+8613800000007", added: true });
    const again = await addDoNotCallAction({ sdkAppId: APP_A, phone: "+8613800000007", note: "" });
    expect(again.data).toEqual({ phone: "+8613800000007", added: false });
    const page = await listDoNotCall(await getDb(), { sdkAppId: APP_A, page: 1, pageSize: 10 });
    expect(page.entries).toMatchObject([
      { phone: "+8613800000007", note: "asked twice", addedByEmail: "supervisor@test.local" },
    ]);

    expect((await removeDoNotCallAction({ sdkAppId: APP_A, phones: ["+8613800000007"] })).data).toEqual({ removed: 1 });
    const [removal, secondAdd] = (await listAuditEvents(await getDb(), {}, { limit: 2 })).rows;
    expect(removal).toMatchObject({ action: "doNotCall.remove", outcome: "ok", summary: { phones: { count: 1 } } });
    expect(secondAdd).toMatchObject({ action: "doNotCall.add", outcome: "ok" });
    expect(JSON.stringify([removal, secondAdd])).not.toContain("13800000007");
  });

  it("refuses a number that is not one, naming the field", async () => {
    const result = await addDoNotCallAction({ sdkAppId: APP_A, phone: "12", note: "" });
    expect(result.validationErrors).toMatchObject({ fieldErrors: { phone: ["phoneInvalid"] } });
    const letters = await addDoNotCallAction({ sdkAppId: APP_A, phone: "call me", note: "" });
    expect(letters.validationErrors).toMatchObject({ fieldErrors: { phone: ["phoneInvalid"] } });
  });

  it("imports a list, reports new and already listed, and the check finds them by position", async () => {
    await addDoNotCallAction({ sdkAppId: APP_A, phone: "+8613800000002", note: "" });
    const imported = await importDoNotCallAction({
      sdkAppId: APP_A,
      numbers: toWire(["+8613800000001", "+8613800000002", "+8613800000003"]),
      note: "opt-out file",
    });
    expect(imported.data).toEqual({ added: 2, alreadyListed: 1 });
    const audit = (await listAuditEvents(await getDb(), {}, { limit: 1 })).rows[0];
    expect(audit).toMatchObject({ action: "doNotCall.import", summary: { phones: { count: 3 } } });

    const checked = await checkDoNotCallAction({
      sdkAppId: APP_A,
      callees: toWire(["+8613900000001", "+8613800000003", "+8613900000002", "+8613800000001"]),
    });
    expect(checked.data).toEqual({ suppressed: [1, 3] });
  });
});

describe("the server re-applies the list before CCC", () => {
  it("refuses a cruise create carrying a listed number, names it, and CCC never sees the request", async () => {
    await addDoNotCallAction({ sdkAppId: APP_A, phone: "+8613800000002", note: "" });
    const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
    const start = Math.floor(Date.now() / 1000) + 3600;
    const before = await calls("CreateAgentCruiseDialingCampaign");
    const result = await createAgentCruiseCampaignAction({
      sdkAppId: APP_A,
      name: "Listed",
      agent: app?.staff[0]?.Mail ?? "",
      concurrencyNumber: 1,
      startTime: start,
      endTime: start + 3600,
      callees: toWire(["+8613800000001", "+8613800000002"]),
      callers: [app?.numbers.find((n) => n.State === 1)?.Number ?? ""],
      callOrder: 0,
      uui: "",
      idempotencyKey: randomUUID(),
    } as never);
    expect(result.serverError).toEqual({
      formError: { code: "do_not_call", message: "1: +8613800000002" },
      changed: "no",
    });
    expect(await calls("CreateAgentCruiseDialingCampaign")).toBe(before);
  });

  it("refuses a predictive update carrying listed numbers; the campaign in CCC keeps its callees", async () => {
    const { campaign, snapshot, edit } = await editFor(harness, 0);
    await importDoNotCallAction({ sdkAppId: APP_A, numbers: toWire(["+8613800000001", "+8613800000002"]), note: "" });
    const result = await updatePredictiveCampaignAction({ ...edit, snapshot });
    expect(result.serverError).toMatchObject({ formError: { code: "do_not_call" }, changed: "no" });
    expect(result.serverError?.formError?.message).toMatch(/^2: \+86138000000(01|02), \+86138000000(01|02)$/);
    expect(await calls("UpdatePredictiveDialingCampaign")).toBe(0);
    const after = await harness.emulator.admin.predictiveCampaign(APP_A, campaign.CampaignId);
    expect(after.Callees).toEqual(campaign.Callees);

    // Removed from the list, the same save goes through: the check follows the list's version, not a stale copy.
    await removeDoNotCallAction({ sdkAppId: APP_A, phones: ["+8613800000001", "+8613800000002"] });
    const saved = await updatePredictiveCampaignAction({ ...edit, snapshot });
    expect(saved.data).toMatchObject({ outcome: "saved" });
    expect((await harness.emulator.admin.predictiveCampaign(APP_A, campaign.CampaignId)).Callees).toEqual([
      "+8613800000001",
      "+8613800000002",
    ]);
  });
});
