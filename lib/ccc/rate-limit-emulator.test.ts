/**
 * The default limiter in real time, through the real path: signed client → the bundled emulator over HTTP, which
 * enforces 20 requests/second per action in a sliding window and records when each request arrived.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "@/emulator/server";
import { readCccConfig } from "../config/ccc-env";
import { createCccClient } from "./client";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ rateLimitPerSecond: 20 });
});
afterAll(() => emulator.close());

const ACTION = "DescribeSkillGroupInfoList";
const page = { SdkAppId: 1400000001, PageSize: 10, PageNumber: 0 };

it("sends 30 background reads and 2 interactive ones with no RequestLimitExceeded, interactive first in line", async () => {
  // Guard 0.25 (63 ms apart) leaves 250 ms a second for this process or the emulator to be descheduled while other
  // test files run; how little the default guard (0.04) needs is what bench:rate measures, on a quieter machine.
  const config = readCccConfig({ CCC_ENDPOINT: emulator.url, CCC_RATE_LIMIT_GUARD: "0.25" }, true);
  // No retries: a refusal must show up as a failure, not be hidden by a second attempt.
  const ccc = createCccClient(config, { retry: { retries: 0, minTimeoutMs: 1, maxTimeoutMs: 1 } });
  const finished: string[] = [];
  const background = Array.from({ length: 30 }, (_, i) =>
    ccc.describeSkillGroupInfoList(page).then(() => finished.push(`b${i}`)),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const interactive = ["save", "recheck"].map((name) =>
    ccc.describeSkillGroupInfoList(page, { lane: "interactive" }).then(() => finished.push(name)),
  );
  await Promise.all([...background, ...interactive]);

  const counts = await emulator.admin.requestCounts();
  expect(counts.byErrorCode).toEqual({});
  const arrivals = (await emulator.admin.arrivals()).byAction[ACTION];
  expect(arrivals?.total).toBe(32);
  expect(arrivals?.peakPerSecond).toBeLessThanOrEqual(20);
  // Queued at ~300 ms behind ~25 background reads, both left within the next two slots.
  expect(finished.indexOf("save")).toBeLessThan(9);
  expect(finished.indexOf("recheck")).toBeLessThan(10);
});
