import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("@/lib/ccc/server", () => ({
  getCccClient: vi.fn(),
  cccConfig: () => ({ sdkAppIds: [1400000001, 1400000002] }),
}));

import { getSessionUser } from "@/lib/auth/session";
import { CccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { listAllNumbers, NUMBERS_PAGE_SIZE } from "./list-numbers";
import { GET } from "./route";

const session = vi.mocked(getSessionUser);
const describeNumbers = vi.fn();
vi.mocked(getCccClient).mockReturnValue({ describeNumbers } as unknown as ReturnType<typeof getCccClient>);

const user = (role: "admin" | "supervisor" | "viewer") => ({
  id: "00000000-0000-4000-8000-000000000001",
  email: "u@test.local",
  displayName: "U",
  role,
  sdkAppIds: [1400000001],
  timeZone: "UTC",
});

const call = (sdkAppId: string) =>
  GET(new Request(`http://127.0.0.1/api/apps/${sdkAppId}/numbers`), { params: Promise.resolve({ sdkAppId }) });

/** A fake DescribeNumbers over `count` numbers, every third suspended. */
function pages(count: number) {
  const all = Array.from({ length: count }, (_, i) => ({
    Number: `00861000000${String(i).padStart(4, "0")}`,
    State: (i % 3 === 2 ? 2 : 1) as 1 | 2,
    CostType: 0,
  }));
  return async ({ PageNumber, PageSize }: { PageNumber: number; PageSize: number }) => ({
    TotalCount: count,
    Numbers: all.slice(PageNumber * PageSize, (PageNumber + 1) * PageSize),
    RequestId: "r",
  });
}

beforeEach(() => {
  session.mockReset();
  describeNumbers.mockReset();
});

describe("listAllNumbers", () => {
  it("reads every page of 100 in order", async () => {
    const source = { describeNumbers: vi.fn(pages(250)) };
    const { numbers, total } = await listAllNumbers(source, 1400000001);
    expect(total).toBe(250);
    expect(numbers).toHaveLength(250);
    expect(numbers[249]?.number).toBe("008610000000249");
    expect(source.describeNumbers).toHaveBeenCalledTimes(3);
    expect(source.describeNumbers.mock.calls.map(([r]) => [r.PageNumber, r.PageSize])).toEqual([
      [0, NUMBERS_PAGE_SIZE],
      [1, NUMBERS_PAGE_SIZE],
      [2, NUMBERS_PAGE_SIZE],
    ]);
  });

  it("stops on an exact multiple of the page size without an extra empty page past the total", async () => {
    const source = { describeNumbers: vi.fn(pages(200)) };
    expect((await listAllNumbers(source, 1)).numbers).toHaveLength(200);
    expect(source.describeNumbers).toHaveBeenCalledTimes(2);
  });

  it("keeps states and values exactly as CCC returns them", async () => {
    const source = { describeNumbers: vi.fn(pages(3)) };
    expect((await listAllNumbers(source, 1)).numbers).toEqual([
      { number: "008610000000000", state: 1, costType: 0 },
      { number: "008610000000001", state: 1, costType: 0 },
      { number: "008610000000002", state: 2, costType: 0 },
    ]);
  });
});

describe("GET /api/apps/[sdkAppId]/numbers", () => {
  it("401 without a session, and CCC is not called", async () => {
    session.mockResolvedValue(null);
    expect((await call("1400000001")).status).toBe(401);
    expect(describeNumbers).not.toHaveBeenCalled();
  });

  it("403 for an app outside the user's apps, 400 for a bad id, and CCC is not called", async () => {
    session.mockResolvedValue(user("supervisor"));
    const foreign = await call("1400000002");
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ formError: { code: "forbidden_app" } });
    expect((await call("abc")).status).toBe(400);
    expect((await call("0")).status).toBe(400);
    expect(describeNumbers).not.toHaveBeenCalled();
  });

  it("lets a viewer read the numbers", async () => {
    session.mockResolvedValue(user("viewer"));
    describeNumbers.mockImplementation(pages(2));
    const response = await call("1400000001");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.json()).toEqual({
      total: 2,
      numbers: [
        { number: "008610000000000", state: 1, costType: 0 },
        { number: "008610000000001", state: 1, costType: 0 },
      ],
    });
  });

  it("answers a CCC failure with its code and RequestId", async () => {
    session.mockResolvedValue(user("admin"));
    describeNumbers.mockRejectedValue(
      new CccError({ code: "ResourceNotFound", action: "DescribeNumbers", requestId: "req-123", message: "x" }),
    );
    const response = await call("1400000001");
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ formError: { code: "ResourceNotFound" }, requestId: "req-123" });
  });
});

describe("GET numbers with a CccError from another bundle's copy of the class", () => {
  it("still answers with CCC's code and RequestId", async () => {
    session.mockResolvedValue(user("supervisor"));
    // What another bundle's copy of lib/ccc/errors.ts throws: same brand symbol, different class.
    const foreign = Object.assign(new Error("x"), {
      name: "CccError",
      code: "InternalError",
      kind: "server",
      requestId: "req-9",
      [Symbol.for("ccc-console.CccError")]: true,
    });
    describeNumbers.mockRejectedValue(foreign);
    const response = await call("1400000001");
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ formError: { code: "InternalError" }, requestId: "req-9" });
  });

  it("leaves other failures to the guard (internal, with a log reference)", async () => {
    session.mockResolvedValue(user("supervisor"));
    describeNumbers.mockRejectedValue(new TypeError("boom"));
    const response = await call("1400000001");
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ formError: { code: "internal", ref: expect.any(String) } });
  });
});
