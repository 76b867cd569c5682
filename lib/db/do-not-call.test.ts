import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { SuppressionCache } from "@/lib/do-not-call/suppression-cache";
import { addDoNotCall, doNotCallVersion, listDoNotCall, loadDoNotCallList, removeDoNotCall } from "./do-not-call";
import { describeEachBackend } from "./test-support/test-db";

const APP = 1400000001;
const OTHER_APP = 1400000002;
const actor = { id: randomUUID(), email: "sup@test.local" };

describeEachBackend("do-not-call repository", ({ db }) => {
  it("adds, counts duplicates, versions every change and keeps apps apart", async () => {
    expect(await doNotCallVersion(db(), APP)).toBe(0);
    const first = await addDoNotCall(db(), {
      sdkAppId: APP,
      phones: ["+8613800000001", "+8613800000002", "+8613800000001"],
      note: "asked on the phone",
      actor,
    });
    expect(first).toEqual({ added: 2, alreadyListed: 0 });
    expect(await doNotCallVersion(db(), APP)).toBe(1);

    const again = await addDoNotCall(db(), { sdkAppId: APP, phones: ["+8613800000002"], note: null, actor });
    expect(again).toEqual({ added: 0, alreadyListed: 1 });
    expect(await doNotCallVersion(db(), APP)).toBe(1);

    await addDoNotCall(db(), { sdkAppId: OTHER_APP, phones: ["+8613800000009"], note: null, actor });
    const loaded = await loadDoNotCallList(db(), APP);
    expect({ ...loaded, phones: loaded.phones.sort() }).toEqual({
      version: 1,
      phones: ["+8613800000001", "+8613800000002"],
    });

    expect(await removeDoNotCall(db(), APP, ["+8613800000001", "+8613800000404"])).toBe(1);
    expect(await doNotCallVersion(db(), APP)).toBe(2);
    expect(await removeDoNotCall(db(), APP, ["+8613800000404"])).toBe(0);
    expect(await doNotCallVersion(db(), APP)).toBe(2);
    expect((await loadDoNotCallList(db(), APP)).phones).toEqual(["+8613800000002"]);
  });

  it("refuses a number that is not E.164 and changes nothing", async () => {
    await expect(
      addDoNotCall(db(), { sdkAppId: APP, phones: ["+8613800000777", "13800000001"], note: null, actor }),
    ).rejects.toThrow();
    const { phones } = await loadDoNotCallList(db(), APP);
    expect(phones).not.toContain("+8613800000777");
  });

  it("pages newest first and searches by digits", async () => {
    const app = 1400000077;
    for (const phone of ["+8613900000001", "+8613900000002", "+8613900000003"]) {
      await addDoNotCall(db(), { sdkAppId: app, phones: [phone], note: `n${phone.slice(-1)}`, actor });
    }
    const page1 = await listDoNotCall(db(), { sdkAppId: app, page: 1, pageSize: 2 });
    expect(page1.total).toBe(3);
    expect(page1.entries.map((entry) => entry.phone)).toEqual(["+8613900000003", "+8613900000002"]);
    expect(page1.entries[0]).toMatchObject({ note: "n3", addedByEmail: "sup@test.local" });
    expect(page1.entries[0]?.addedAt).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (page1.entries[0]?.addedAt.getTime() ?? 0))).toBeLessThan(600_000);
    const page2 = await listDoNotCall(db(), { sdkAppId: app, page: 2, pageSize: 2 });
    expect(page2.entries.map((entry) => entry.phone)).toEqual(["+8613900000001"]);
    const found = await listDoNotCall(db(), { sdkAppId: app, search: "+86 139-0000-0002", page: 1, pageSize: 10 });
    expect(found).toMatchObject({ total: 1, entries: [{ phone: "+8613900000002" }] });
  });

  it("a cache sees a change made through another cache (another instance) at its next check", async () => {
    const app = 1400000088;
    const instanceA = new SuppressionCache();
    const instanceB = new SuppressionCache();
    const callees = ["+8613700000001", "+8613700000002", "+8613700000003"];
    expect((await instanceA.suppress(db(), app, callees)).suppressed).toEqual([]);
    await addDoNotCall(db(), { sdkAppId: app, phones: ["+8613700000002"], note: null, actor });
    expect(await instanceA.suppress(db(), app, callees)).toEqual({
      kept: ["+8613700000001", "+8613700000003"],
      suppressed: [{ phone: "+8613700000002", index: 1 }],
    });
    expect((await instanceB.suppress(db(), app, callees)).suppressed).toHaveLength(1);
    await removeDoNotCall(db(), app, ["+8613700000002"]);
    expect((await instanceA.suppress(db(), app, callees)).suppressed).toEqual([]);
  });

  it("imports 100,000 numbers in one call", async () => {
    const app = 1400000099;
    const phones = Array.from({ length: 100_000 }, (_, i) => `+86135${String(i).padStart(8, "0")}`);
    expect(await addDoNotCall(db(), { sdkAppId: app, phones, note: "import", actor })).toEqual({
      added: 100_000,
      alreadyListed: 0,
    });
    const cache = new SuppressionCache();
    const { suppressed, kept } = await cache.suppress(db(), app, ["+8613500000042", "+8613600000042"]);
    expect({ suppressed, kept }).toEqual({
      kept: ["+8613600000042"],
      suppressed: [{ phone: "+8613500000042", index: 0 }],
    });
  }, 60_000);
});
