import { describe, expect, it } from "vitest";
import { startOfZonedDay } from "@/lib/time/zoned";
import { auditFilterFor, auditListHref, parseAuditListParams } from "./audit-list-params";

describe("audit list params", () => {
  it("drops bad values instead of failing", () => {
    expect(
      parseAuditListParams({ user: "x", campaign: "-3", from: "2026-13-45", to: "", action: " ", page: "abc" }),
    ).toEqual({ user: undefined, campaign: undefined, action: undefined, from: undefined, to: undefined, page: 1 });
  });

  it("turns calendar days into the viewer's zone, with an inclusive end day", () => {
    const params = parseAuditListParams({ from: "2026-03-01", to: "2026-03-01", campaign: "42", page: "2" });
    const filter = auditFilterFor(params, "Asia/Shanghai", [1400000001]);
    expect(filter.from?.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(filter.to?.toISOString()).toBe("2026-03-01T16:00:00.000Z");
    expect(filter).toMatchObject({ campaignId: 42, sdkAppIds: [1400000001] });
    expect(auditListHref(params, 3)).toBe("/audit?campaign=42&from=2026-03-01&to=2026-03-01&page=3");
  });

  it("handles a DST change day", () => {
    // Europe/Berlin switches to summer time on 2026-03-29: the day starts at 23:00 UTC the evening before.
    expect(startOfZonedDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfZonedDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfZonedDay("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    // DST skips midnight itself here (00:00 -04 becomes 01:00 -03): the day starts at 01:00, not at 23:00 before it.
    expect(startOfZonedDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(startOfZonedDay("2026-09-07", "America/Santiago").toISOString()).toBe("2026-09-07T03:00:00.000Z");
  });
});
