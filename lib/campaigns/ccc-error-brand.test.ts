/**
 * Loaders recognise CCC's errors by their brand, not their class. The CCC client lives on globalThis and is shared
 * by Next's bundles (pages, route handlers), each with its own copy of lib/ccc/errors.ts, so the error a route's
 * loader catches can come from another copy of the class. With `instanceof`, a row CCC could not describe failed
 * the whole /api/cruise-campaigns poll with a 502 (seen in e2e/campaigns/freshness.spec.ts).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/ccc/server", () => ({ getCccClient: vi.fn(), cccConfig: () => ({ sdkAppIds: [1400000001] }) }));

import { getCccClient } from "@/lib/ccc/server";
import { describeCruiseCampaign } from "./cruise/load.server";
import { loadPredictiveCampaigns } from "./predictive/load-campaigns.server";

/** What another bundle's copy of CccError looks like: the same brand symbol, a different class. */
const foreignCccError = () =>
  Object.assign(new Error("x"), {
    name: "CccError",
    code: "ResourceNotFound",
    kind: "validation",
    requestId: "req-7",
    [Symbol.for("ccc-console.CccError")]: true,
  });

const reject = vi.fn(async () => {
  throw foreignCccError();
});

beforeEach(() => {
  vi.mocked(getCccClient).mockReturnValue(
    new Proxy({}, { get: () => reject }) as unknown as ReturnType<typeof getCccClient>,
  );
});

describe("a CCC error from another bundle's copy of the class", () => {
  it("is a failed row of the cruise list, not a thrown error", async () => {
    expect(await describeCruiseCampaign(1400000001, 5)).toEqual({
      ok: false,
      failure: { code: "ResourceNotFound", requestId: "req-7", category: "rejected" },
    });
  });

  it("is the predictive list's failed state, not a thrown error", async () => {
    const result = await loadPredictiveCampaigns({}, { sdkAppIds: [1400000001] });
    expect(result).toMatchObject({
      state: "failed",
      failure: { code: "ResourceNotFound", requestId: "req-7" },
      skillGroups: [],
    });
  });
});
