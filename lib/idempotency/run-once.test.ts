/**
 * runOnce through the real path: the signed client, the emulator over HTTP, and the database on both backends.
 * The emulator's request counts prove how many times CCC was actually called.
 */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { setUpTestEmulator } from "@/emulator/test-emulator";
import { createCccClient } from "@/lib/ccc/client";
import { isCccError } from "@/lib/ccc/errors";
import { readCccConfig } from "@/lib/config/ccc-env";
import { describeEachBackend } from "@/lib/db/test-support/test-db";
import { runOnce } from "./run-once";

const emulator = setUpTestEmulator();

const APP = 1400000001;
const client = () =>
  createCccClient(readCccConfig({ CCC_ENDPOINT: emulator().url, CCC_TIMEOUT_MS: "500" }, true), {
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
  });
const request = (name = "Spring renewals") => {
  const now = Math.floor(Date.now() / 1000);
  return {
    SdkAppId: APP,
    Name: name,
    Agent: "li.na@example.com",
    ConcurrencyNumber: 3,
    StartTime: now + 3_600,
    EndTime: now + 7_200,
    Callees: ["+8613800138000", "+8613900139000"],
  };
};
const creates = async () =>
  (await emulator().admin.requestCounts()).byAction.CreateAgentCruiseDialingCampaign?.total ?? 0;

describeEachBackend("runOnce", ({ db }) => {
  const userId = randomUUID();
  const once = (key: string, body: ReturnType<typeof request>) =>
    runOnce({ db: db(), key, userId, action: "CreateAgentCruiseDialingCampaign", sdkAppId: APP, request: body }, () =>
      client().createAgentCruiseDialingCampaign(body),
    );

  it("calls CCC once for a key and replays the first answer to a repeat", async () => {
    const key = randomUUID();
    const body = request();
    const first = await once(key, body);
    const second = await once(key, body);
    expect(first).toMatchObject({ status: "done", replayed: false });
    expect(second).toEqual({ ...first, replayed: true });
    expect(await creates()).toBe(1);
  });

  it("lets exactly one of two simultaneous submissions reach CCC", async () => {
    const key = randomUUID();
    const body = request();
    const outcomes = await Promise.all([once(key, body), once(key, body)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["done", "in_progress"]);
    expect(await creates()).toBe(1);
  });

  it("records a timeout after sending as unknown and never calls CCC again for that key", async () => {
    await emulator().admin.injectFault({ action: "CreateAgentCruiseDialingCampaign", kind: "timeout", times: 1 });
    const key = randomUUID();
    const body = request();
    const error = await once(key, body).catch((e: unknown) => e);
    expect(isCccError(error, "ambiguous")).toBe(true);
    expect(await once(key, body)).toEqual({
      status: "failed",
      outcome: "unknown",
      errorCode: "Network.OutcomeUnknown",
    });
    expect(await creates()).toBe(1);
  });

  it("records a gateway's 502 after sending as unknown too: the campaign may exist behind it", async () => {
    await emulator().admin.injectFault({ action: "CreateAgentCruiseDialingCampaign", kind: "http", times: 1 });
    const key = randomUUID();
    const body = request();
    const error = await once(key, body).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InternalError.HttpStatus", httpStatus: 502, requestId: undefined });
    expect(await once(key, body)).toEqual({
      status: "failed",
      outcome: "unknown",
      errorCode: "InternalError.HttpStatus",
    });
    expect(await creates()).toBe(1);
  });

  it("records CCC's refusal as failed and refuses the key for a different request", async () => {
    const key = randomUUID();
    const refused = { ...request(), ConcurrencyNumber: 3, Agent: "nobody@example.com" };
    const error = await once(key, refused).catch((e: unknown) => e);
    expect(isCccError(error, "validation")).toBe(true);
    expect(await once(key, refused)).toMatchObject({ status: "failed", outcome: "failed" });
    expect(await once(key, request("Another name"))).toEqual({ status: "mismatch" });
    expect(await creates()).toBe(1);
  });
});
