import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FetchError, fetchJson } from "./fetch-json";

const ZBody = z.object({ total: z.number() });
const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal("fetch", fetchMock);
afterEach(() => fetchMock.mockReset());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe("fetchJson", () => {
  it("returns the body parsed by the schema, unknown keys dropped, and asks for fresh JSON", async () => {
    fetchMock.mockResolvedValue(json({ total: 3, extra: "x" }));
    expect(await fetchJson("/api/x", ZBody)).toEqual({ total: 3 });
    expect(fetchMock).toHaveBeenCalledWith("/api/x", {
      cache: "no-store",
      signal: undefined,
      headers: { accept: "application/json" },
    });
  });

  it("a refusal carries its HTTP status and the ActionError code", async () => {
    fetchMock.mockResolvedValue(json({ formError: { code: "unauthenticated", message: "Sign in" } }, 401));
    const error = await failure(fetchJson("/api/x", ZBody));
    expect({ status: error.status, code: error.code, requestId: error.requestId }).toEqual({
      status: 401,
      code: "unauthenticated",
      requestId: undefined,
    });
  });

  it("a CCC failure carries CCC's code and RequestId; an unexpected one the log reference", async () => {
    fetchMock.mockResolvedValueOnce(
      json({ formError: { code: "InternalError", message: "m" }, requestId: "r-1" }, 502),
    );
    expect(await failure(fetchJson("/api/x", ZBody))).toMatchObject({
      status: 502,
      code: "InternalError",
      requestId: "r-1",
    });
    fetchMock.mockResolvedValueOnce(json({ formError: { code: "internal", message: "m", ref: "ref-9" } }, 500));
    expect(await failure(fetchJson("/api/x", ZBody))).toMatchObject({ status: 500, code: "internal", ref: "ref-9" });
  });

  it("a non-JSON error page becomes http_<status>", async () => {
    fetchMock.mockResolvedValue(new Response("<html>Bad gateway</html>", { status: 503 }));
    expect(await failure(fetchJson("/api/x", ZBody))).toMatchObject({ status: 503, code: "http_503" });
  });

  it("a 200 that does not match the schema is invalid_response (e.g. an HTML sign-in page)", async () => {
    fetchMock.mockResolvedValueOnce(json({ total: "3" }));
    expect(await failure(fetchJson("/api/x", ZBody))).toMatchObject({ status: 200, code: "invalid_response" });
    fetchMock.mockResolvedValueOnce(new Response("<html></html>", { status: 200 }));
    expect(await failure(fetchJson("/api/x", ZBody))).toMatchObject({ code: "invalid_response" });
  });

  it("no answer at all is status 0, code network", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    expect(await failure(fetchJson("/api/x", ZBody))).toMatchObject({ status: 0, code: "network" });
  });

  it("rethrows an abort as it is, so react-query sees its own cancellation", async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException("aborted", "AbortError");
    fetchMock.mockRejectedValue(abort);
    await expect(fetchJson("/api/x", ZBody, { signal: controller.signal })).rejects.toBe(abort);
  });
});
