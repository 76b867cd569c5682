/**
 * Two console processes (the production server) of one build on one PostgreSQL database and one CCC emulator, as
 * README "Running several instances" describes: what one instance starts, the other finishes. Run with
 * `npm run test:instances` after `npm run build`, with TEST_DATABASE_URL pointing at a PostgreSQL server (scripts/pg-test-server.sh).
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prioritize } from "@/bench/support/rate-workers";
import { CREATE_CODES } from "@/lib/campaigns/create-codes";
import { queryRows } from "@/lib/db/client";
import { type Cluster, startCluster } from "@/scripts/instances/cluster";
import { callAction, getPage, type Session, signIn } from "@/scripts/instances/console-http";
import { CREATE_CRUISE, cruiseCreateInput, type DemoApp, demoApp } from "@/scripts/instances/workload";
import { actionId } from "../support/server-actions";

const firstPort = Number(process.env.INSTANCES_APP_PORT ?? 3200);
const emulatorPort = Number(process.env.INSTANCES_EMULATOR_PORT ?? 4200);
const serverUrl = process.env.TEST_DATABASE_URL;

const supervisor = {
  email: "supervisor@instances.local",
  password: "instances-supervisor-password",
  displayName: "Sam",
  role: "supervisor",
} as const;
const locked = {
  email: "locked@instances.local",
  password: "instances-locked-password",
  displayName: "Lo",
  role: "viewer",
} as const;

const INVALID = "The e-mail or password is incorrect, or the account cannot sign in.";
const THROTTLED = /^Too many failed sign-ins\. Try again in \d+ seconds?\.$/;

let cluster: Cluster;
let a: string;
let b: string;
let session: Session;
let app: DemoApp;

beforeAll(async () => {
  if (!serverUrl) throw new Error('Set TEST_DATABASE_URL: eval "$(bash scripts/pg-test-server.sh start)"');
  cluster = await startCluster({
    appPorts: [firstPort, firstPort + 1],
    emulatorPort,
    serverUrl,
    database: "console_instances_test",
    users: [supervisor, locked],
    // The default read cache (2 s window): the rate test below asks distinct questions, so nothing is shared there,
    // and the invalidation test needs the cache on.
    env: {},
  });
  [a, b] = cluster.urls as [string, string];
  // The emulator stands in for CCC, which runs on other machines: its clock of arrivals must not stall behind the
  // two consoles' load on this one (bench:load and bench:rate do the same; without root this changes nothing).
  prioritize(cluster.emulator.pid);
  app = await demoApp(cluster.emulator.admin);
  // The sign-in form of instance A, posted to instance B: its action id and state mean the same to both.
  const answer = await signIn(supervisor, { forwardedFor: "198.51.100.1" }, a, b);
  if (!answer.ok) throw new Error(`Sign-in failed: ${answer.message}`);
  session = answer.session;
}, 150_000);

afterAll(async () => {
  await cluster?.stop();
});

it("a session made by one instance is honoured by the other", async () => {
  for (const instance of [a, b]) {
    const page = await getPage(instance, "/campaigns/cruise", session);
    expect(page.status, cluster.logs()).toBe(200);
    expect(page.body).toContain("Agent cruise campaigns");
  }
});

describe("a double submit split across the instances", () => {
  const createId = () => actionId("createAgentCruiseCampaignAction") ?? "";
  const auditRows = (name: string) =>
    queryRows<{ outcome: string; count: number }>(
      cluster.db.db,
      sql`select outcome, count(*)::int as count from audit_events
          where action = ${CREATE_CRUISE} and summary->>'name' = ${name} group by outcome`,
    );

  it("creates one campaign: the other instance answers 'still in progress', a later retry replays the first", async () => {
    const admin = cluster.emulator.admin;
    const name = `Split double submit ${randomUUID().slice(0, 8)}`;
    const input = cruiseCreateInput(app, name);
    // CCC takes a while to answer, so the second submission arrives while the first is still waiting.
    await admin.injectFault({ action: CREATE_CRUISE, kind: "latency", latencyMs: 1_500, times: 1 });
    const before = (await admin.requestCounts()).byAction[CREATE_CRUISE]?.total ?? 0;

    const first = callAction(a, "/campaigns/cruise/new", createId(), [input], session);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = callAction(b, "/campaigns/cruise/new", createId(), [input], session);
    const answers = await Promise.all([first, second]);

    // Whichever reached the database first called CCC; normally A, as it was sent 300 ms earlier.
    const results = answers.map((answer) => answer.result as { data?: { campaignId: number; replayed: boolean } });
    const created = results.find((result) => result.data) ?? {};
    expect(created.data?.replayed, JSON.stringify(results)).toBe(false);
    expect(results.filter((result) => result !== created)).toEqual([
      // The first submission's CCC call has not answered yet: whether it changed anything is not known.
      {
        serverError: {
          formError: { code: CREATE_CODES.inProgress, message: "Still waiting for CCC." },
          changed: "unknown",
        },
      },
    ]);
    // Both answer as the same build, so the browser's router keeps using what either sends back.
    const buildId = readFileSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`, "utf8").trim();
    expect(answers.map((answer) => answer.buildId)).toEqual([buildId, buildId]);
    const retry = await callAction(b, "/campaigns/cruise/new", createId(), [input], session);
    expect(retry.result).toMatchObject({ data: { campaignId: created.data?.campaignId, replayed: true } });

    expect((await admin.requestCounts()).byAction[CREATE_CRUISE]?.total).toBe(before + 1);
    const campaigns = (await admin.state()).apps[0]?.cruiseCampaigns.filter((c) => c.Name === name) ?? [];
    expect(campaigns.map((c) => c.CampaignId)).toEqual([created.data?.campaignId]);
    expect(await auditRows(name)).toEqual([{ outcome: "ok", count: 1 }]);
  });
});

it("five failed sign-ins spread over both instances lock the account on both", async () => {
  // Each attempt from another address, so only the per-account count (shared in PostgreSQL) can lock it.
  const client = (n: number) => ({ forwardedFor: `203.0.113.${n}` });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const instance = attempt % 2 === 1 ? a : b;
    const answer = await signIn({ ...locked, password: `wrong ${attempt}` }, client(attempt), instance);
    expect(answer, `attempt ${attempt} on ${instance}`).toEqual({ ok: false, status: 200, message: INVALID });
  }
  for (const [n, instance] of [a, b].entries()) {
    const answer = await signIn(locked, client(10 + n), instance);
    expect(answer.ok, `the right password on ${instance}`).toBe(false);
    expect(answer.ok ? "" : answer.message).toMatch(THROTTLED);
  }
});

it("together they never send CCC more than 20 requests per second of one action", async () => {
  const admin = cluster.emulator.admin;
  await admin.resetArrivals();
  // 24 readers, half on each instance, each asking for the campaign list with its own search (nothing to share).
  const until = Date.now() + 4_000;
  const statuses: Record<number, number> = {};
  const reader = async (n: number) => {
    const instance = n % 2 === 0 ? a : b;
    for (let round = 0; Date.now() < until; round += 1) {
      const path = `/api/apps/${app.sdkAppId}/predictive-campaigns?q=r${n}x${round}`;
      const { status } = await getPage(instance, path, session);
      // Not asserted one by one: past CCC's limit an answer may be a 502 carrying CCC's error code.
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 24 }, (_, n) => reader(n)));
  expect(statuses[200] ?? 0, JSON.stringify(statuses)).toBeGreaterThan(0);

  const arrivals = await admin.arrivals();
  const list = arrivals.byAction.DescribePredictiveDialingCampaigns;
  // Enough demand to need the limit: more list requests than one second of it over the run.
  expect(list?.total ?? 0).toBeGreaterThan(40);
  const peaks = Object.fromEntries(Object.entries(arrivals.byAction).map(([name, seen]) => [name, seen.peakPerSecond]));
  // The budget lives in PostgreSQL (table ccc_rate_limit): with an in-process limiter each instance would allow
  // 20/s of its own and the two together reach up to 40/s.
  expect(arrivals.peakPerSecond, `peak arrivals per second by action: ${JSON.stringify(peaks)}`).toBeLessThanOrEqual(
    20,
  );
}, 60_000);

it("a change made through one instance shows on the other at once, however long the other may keep its answer", async () => {
  const name = `Cross-instance abort ${randomUUID().slice(0, 8)}`;
  const describes = async () =>
    (await cluster.emulator.admin.requestCounts()).byAction.DescribeAgentCruiseDialingCampaign?.total ?? 0;
  const beforeCreate = await describes();
  const created = await callAction(
    a,
    "/campaigns/cruise/new",
    actionId("createAgentCruiseCampaignAction") ?? "",
    [cruiseCreateInput(app, name)],
    session,
  );
  const campaignId = (created.result as { data?: { campaignId: number } }).data?.campaignId;
  expect(campaignId, JSON.stringify(created.result)).toBeGreaterThan(0);
  const path = `/api/apps/${app.sdkAppId}/cruise-campaigns/${campaignId}`;
  const stateOn = async (instance: string) => JSON.parse((await getPage(instance, path, session)).body).state;
  // A asked CCC about the new campaign before answering, and told B to ask too: B's lists and pages will show it
  // next, and should not wait for CCC's budget then (bench:load). Nobody has read anything on B yet.
  const settled = Date.now() + 5_000;
  while ((await describes()) < beforeCreate + 2 && Date.now() < settled) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(await describes(), "A's own Describe and B's, on A's announcement").toBe(beforeCreate + 2);
  // B reads the campaign: not started until an hour from now, so B may serve that answer for up to 30 s.
  expect(await stateOn(b)).toBe("notStarted");
  const before = await describes();
  expect(before, "B had the answer already").toBe(beforeCreate + 2);
  expect(await stateOn(b)).toBe("notStarted");
  expect(await describes(), "B answered its second read from its cache").toBe(before);

  const abortId = actionId("abortAgentCruiseCampaignAction") ?? "";
  const aborted = await callAction(
    a,
    `/campaigns/cruise/${app.sdkAppId}/${campaignId}`,
    abortId,
    [{ sdkAppId: app.sdkAppId, campaignId }],
    session,
  );
  expect(aborted.result, JSON.stringify(aborted.result)).toMatchObject({ data: { requestId: expect.any(String) } });
  // A's write reached B through PostgreSQL (LISTEN/NOTIFY) well within B's own 2 s window, let alone 30 s.
  const seenBy = Date.now() + 1_000;
  let state = await stateOn(b);
  while (state !== "aborted" && Date.now() < seenBy) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    state = await stateOn(b);
  }
  expect(state, cluster.logs()).toBe("aborted");
});
