/**
 * Metrics through the real path: the signed CCC client over HTTP to the bundled emulator, the lane limiter in real
 * time, and the exposition as GET /api/metrics serves it with the token.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { setUpTestEmulator } from "@/emulator/test-emulator";
import { createCccClient } from "@/lib/ccc/client";
import { LOCAL_CODES } from "@/lib/ccc/errors";
import { createMemoryRateLimiter } from "@/lib/ccc/rate-limit";
import { readCccConfig } from "@/lib/config/ccc-env";
import { createLogger } from "@/lib/log";
import { consoleMetrics, createConsoleMetrics, resetConsoleMetrics } from "./metrics";
import { sampleValue } from "./testing/exposition";

const emulator = setUpTestEmulator();
const TOKEN = "scrape-token-0123456789abcdef";
const ACTION = "DescribeSkillGroupInfoList";
const PAGE = { SdkAppId: 1400000001, PageSize: 10, PageNumber: 0 };
const NO_RETRY = { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 };

function client(options: Parameters<typeof createCccClient>[1] = {}) {
  const config = readCccConfig({ CCC_ENDPOINT: emulator().url }, true);
  return createCccClient(config, {
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
    retry: NO_RETRY,
    logger: createLogger(undefined, { level: "silent" }),
    ...options,
  });
}

async function scrape(): Promise<string> {
  const response = await GET(
    new Request("http://127.0.0.1/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  return response.text();
}

beforeEach(() => {
  process.env.METRICS_TOKEN = TOKEN;
  resetConsoleMetrics();
});
afterEach(() => {
  delete process.env.METRICS_TOKEN;
});

describe("CCC requests", () => {
  it("counts each request by action and code, as the emulator saw them", async () => {
    const ccc = client();
    await ccc.describeSkillGroupInfoList(PAGE);
    await ccc.describeSkillGroupInfoList(PAGE);
    await emulator().admin.injectFault({ action: ACTION, kind: "error", code: "RequestLimitExceeded", times: 1 });
    await expect(ccc.describeSkillGroupInfoList(PAGE)).rejects.toMatchObject({ code: "RequestLimitExceeded" });

    const counts = await emulator().admin.requestCounts();
    expect(counts.byAction[ACTION]?.total).toBe(3);
    const text = await scrape();
    expect(text).toContain("# TYPE ccc_requests_total counter");
    expect(sampleValue(text, "ccc_requests_total", { action: ACTION, code: "ok" })).toBe(2);
    expect(sampleValue(text, "ccc_requests_total", { action: ACTION, code: "RequestLimitExceeded" })).toBe(1);
    expect(sampleValue(text, "ccc_request_duration_seconds_count", { action: ACTION, outcome: "ok" })).toBe(2);
    expect(sampleValue(text, "ccc_request_duration_seconds_count", { action: ACTION, outcome: "error" })).toBe(1);
  });

  it("puts a slow answer in the right latency bucket", async () => {
    await emulator().admin.injectFault({ action: ACTION, kind: "latency", latencyMs: 300, times: 1 });
    await client().describeSkillGroupInfoList(PAGE);

    const text = await scrape();
    const bucket = (le: string) =>
      sampleValue(text, "ccc_request_duration_seconds_bucket", { action: ACTION, outcome: "ok", le });
    expect(bucket("0.25")).toBe(0);
    expect(bucket("0.5") ?? 0).toBeLessThanOrEqual(1);
    expect(bucket("10")).toBe(1);
    expect(bucket("+Inf")).toBe(1);
    expect(sampleValue(text, "ccc_request_duration_seconds_sum", { action: ACTION, outcome: "ok" })).toBeGreaterThan(
      0.3,
    );
  });
});

describe("the limiter", () => {
  it("shows the queue while requests wait, and how long each waited", async () => {
    // 2 per second: slots 520 ms apart, so the second and third requests certainly wait over half a second.
    const ccc = client({ rateLimitPerSecond: 2 });
    const calls = [1, 2, 3].map(() => ccc.describeSkillGroupInfoList(PAGE));
    const depth = (text: string) =>
      sampleValue(text, "ccc_limiter_queue_depth", { action: ACTION, lane: "background" });
    expect(depth(await scrape())).toBe(3);
    await Promise.all(calls);

    const text = await scrape();
    expect(depth(text)).toBe(0);
    const wait = (suffix: string, extra: Record<string, string> = {}) =>
      sampleValue(text, `ccc_limiter_wait_seconds${suffix}`, { action: ACTION, lane: "background", ...extra });
    expect(wait("_count")).toBe(3);
    expect(wait("_bucket", { le: "0.5" })).toBe(1);
    expect(wait("_bucket", { le: "+Inf" })).toBe(3);
    expect(wait("_sum")).toBeGreaterThan(1.5);
  });

  it("counts a refusal by code, and nothing reaches CCC for it", async () => {
    const ccc = client({ limiter: createMemoryRateLimiter({ perSecond: 2, maxQueueSize: 1 }) });
    const first = ccc.describeSkillGroupInfoList(PAGE);
    await expect(ccc.describeSkillGroupInfoList(PAGE)).rejects.toMatchObject({ code: LOCAL_CODES.localQueueFull });
    await first;

    const text = await scrape();
    const refused = { action: ACTION, lane: "background", code: LOCAL_CODES.localQueueFull };
    expect(sampleValue(text, "ccc_limiter_rejections_total", refused)).toBe(1);
    expect(sampleValue(text, "ccc_requests_total", { action: ACTION, code: "ok" })).toBe(1);
    expect((await emulator().admin.requestCounts()).byAction[ACTION]?.total).toBe(1);
  });
});

describe("the registry", () => {
  it("is one per process, on globalThis, so a module re-evaluated by HMR finds the same counters", async () => {
    // A second, separate evaluation of the module, as HMR or another bundle makes one.
    const specifier = "./metrics?copy";
    const again = (await import(/* @vite-ignore */ specifier)) as typeof import("./metrics");
    expect(again.createConsoleMetrics).not.toBe(createConsoleMetrics);
    expect(again.consoleMetrics()).toBe(consoleMetrics());
  });
});
