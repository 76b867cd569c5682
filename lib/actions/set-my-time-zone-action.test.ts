/** Any signed-in user sets their own zone: only their row changes, audited, and their session stays valid. */
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

import { getSessionUser } from "@/lib/auth/session";
import { createUser, findUserById, getDb, listAuditEvents } from "@/lib/db";
import { setMyTimeZoneAction } from "./set-my-time-zone-action";
import { APP_A, setUpActionHarness } from "./testing/action-harness";

const session = vi.mocked(getSessionUser);
setUpActionHarness();

async function signedInViewer() {
  const db = await getDb();
  const me = await createUser(db, {
    email: `${randomUUID()}@t.local`,
    displayName: "V",
    role: "viewer",
    sdkAppIds: [APP_A],
  });
  const other = await createUser(db, {
    email: `${randomUUID()}@t.local`,
    displayName: "O",
    role: "viewer",
    sdkAppIds: [],
  });
  session.mockResolvedValue({ ...me, sdkAppIds: [...me.sdkAppIds], role: "viewer" });
  return { me, other };
}

describe("setMyTimeZoneAction", () => {
  beforeEach(() => session.mockReset());

  it("sets the caller's own zone (a viewer too), audited, without ending the session", async () => {
    const { me, other } = await signedInViewer();
    const result = await setMyTimeZoneAction({ timeZone: "america/new_york" });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({ timeZone: "America/New_York" });
    const after = await findUserById(await getDb(), me.id);
    expect(after).toMatchObject({ timeZone: "America/New_York", sessionVersion: me.sessionVersion });
    expect((await findUserById(await getDb(), other.id))?.timeZone).toBe(other.timeZone);
    const audit = (await listAuditEvents(await getDb(), { action: "user.preferences" }, { limit: 1 })).rows[0];
    expect(audit).toMatchObject({
      outcome: "ok",
      summary: { changes: { timeZone: { from: me.timeZone, to: "America/New_York" } } },
    });
  });

  it("refuses an unknown zone as a field error and changes nothing", async () => {
    const { me } = await signedInViewer();
    const result = await setMyTimeZoneAction({ timeZone: "Mars/Olympus" });
    expect(result.validationErrors?.fieldErrors.timeZone).toEqual(["timeZoneUnknown"]);
    expect((await findUserById(await getDb(), me.id))?.timeZone).toBe(me.timeZone);
  });
});
