/**
 * The fuzzer's HTTP layer: the production server (console-server.js) on the production build
 * (scripts/instances/cluster.ts, one instance, a PostgreSQL database from TEST_DATABASE_URL, the emulator as its own
 * process), signed in as an admin of APP_A.
 * Raw POSTs to every server action in the build (ids from its manifest; public ones included) and requests to every
 * guarded route, with hostile bodies and paths (hostile-requests.ts). Properties as in process (lib/fuzz/verdict.ts),
 * plus: the server answers /api/health afterwards. FUZZ_HTTP_CASES per target (a few by default).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_REFUSAL_INPUTS, APP_A } from "@/lib/actions/testing/refusal-inputs";
import { ROUTE_CALLS, runningCampaigns, type SeedIds } from "@/lib/api/testing/route-calls";
import { recordFuzzPart } from "@/lib/fuzz/report";
import { fuzzSettings, fuzzTarget } from "@/lib/fuzz/run";
import { emptyTally, type Tally } from "@/lib/fuzz/verdict";
import { type Cluster, startCluster } from "@/scripts/instances/cluster";
import { type Session, signIn } from "@/scripts/instances/console-http";
import { actionBody, type RawRequest, routeRequest } from "./hostile-requests";
import { httpVerdict } from "./http-verdict";

const appPort = Number(process.env.FUZZ_APP_PORT ?? 3300);
const emulatorPort = Number(process.env.FUZZ_EMULATOR_PORT ?? 4300);
const serverUrl = process.env.TEST_DATABASE_URL;
const admin = {
  email: "fuzz-admin@fuzz.local",
  password: "fuzz-admin-password-2026",
  displayName: "Fuzz",
  role: "admin",
  sdkAppIds: [APP_A],
} as const;

const settings = fuzzSettings("http");
const tallies: Record<string, Tally> = {};
const timeout = 120_000 + settings.numRuns * 2_000;
let cluster: Cluster;
let session: Session;
let ids: SeedIds;

/** Every server action in the build, by exported name (the manifest lists one per layer that uses it). */
function buildActions(): Map<string, string> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const file = path.join(process.cwd(), distDir, "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
  const byName = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName && !byName.has(entry.exportedName)) byName.set(entry.exportedName, id);
  }
  return byName;
}

async function send(request: RawRequest, actionId?: string) {
  const headers: Record<string, string> = { cookie: session.cookie, "x-forwarded-for": session.forwardedFor };
  if (actionId) Object.assign(headers, { "next-action": actionId, accept: "text/x-component" });
  if (request.contentType) headers["content-type"] = request.contentType;
  const body = request.body && request.chunked ? Readable.toWeb(Readable.from([request.body])) : request.body;
  const before = (await cluster.emulator.admin.requestCounts()).total;
  const response = await fetch(`${cluster.urls[0]}${request.path}`, {
    method: request.method,
    headers,
    body: body as BodyInit | undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(60_000),
    ...(request.chunked ? { duplex: "half" } : {}),
  } as RequestInit);
  const answer = {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: Buffer.from(await response.arrayBuffer()),
    actionRedirect: response.headers.has("x-action-redirect"),
  };
  const judged = httpVerdict(answer, (await cluster.emulator.admin.requestCounts()).total - before);
  return { ...judged, detail: `${request.label}\n${judged.detail}` };
}

beforeAll(async () => {
  if (!serverUrl) throw new Error('Set TEST_DATABASE_URL: eval "$(bash scripts/pg-test-server.sh start)"');
  cluster = await startCluster({
    appPorts: [appPort],
    emulatorPort,
    serverUrl,
    database: "console_fuzz_test",
    users: [admin],
    emulatorRateLimit: 0,
  });
  const answer = await signIn(admin, { forwardedFor: "198.51.100.7" }, cluster.urls[0] as string);
  if (!answer.ok) throw new Error(`Sign-in failed: ${answer.message}`);
  session = answer.session;
  ids = runningCampaigns(await cluster.emulator.admin.state(), APP_A);
}, 150_000);

afterAll(async () => {
  recordFuzzPart("http", settings, tallies);
  await cluster?.stop();
});

describe(`over HTTP, production build (seed ${settings.seed}, ${settings.numRuns} cases each)`, () => {
  const actions = buildActions();
  const guarded: Record<string, unknown> = Object.fromEntries(
    Object.entries(ACTION_REFUSAL_INPUTS).map(([name, c]) => [name, c.input]),
  );
  // Guarded first: signOutAction, among the public ones, only clears the cookie this client keeps sending anyway.
  const names = [...actions.keys()].sort((a, b) => Number(b in guarded) - Number(a in guarded));
  for (const name of names) {
    it(
      `action ${name}`,
      async () => {
        const tally = emptyTally();
        tallies[`action ${name}`] = tally;
        const id = actions.get(name) as string;
        const arbitrary = actionBody(guarded[name] ?? {}).map((b): RawRequest => ({ ...b, method: "POST", path: "/" }));
        await fuzzTarget(name, arbitrary, (request) => send(request, id), tally, settings);
      },
      timeout,
    );
  }

  for (const [key, c] of Object.entries(ROUTE_CALLS)) {
    it(
      `route ${key}`,
      async () => {
        const tally = emptyTally();
        tallies[`route ${key}`] = tally;
        const call = c.call(APP_A, ids) as { path: string; segments?: Record<string, string> };
        const template = key.replace(/^GET /, "");
        const arbitrary = routeRequest(template, call.segments ?? {}, call.path.split("?")[1] ?? "");
        await fuzzTarget(key, arbitrary, (request) => send(request), tally, settings);
      },
      timeout,
    );
  }

  it("still answers its health check after the run", async () => {
    const response = await fetch(`${cluster.urls[0]}/api/health`);
    expect(response.status, cluster.logs()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
