/**
 * The deployable build end to end: `node console-server.js` from the standalone folder, against the bundled
 * emulator and a throw-away PGlite directory, with a user made by the folder's own CLI. It serves a signed-in page,
 * and on SIGTERM it lets a server action in flight finish, refuses new connections, closes the database and exits.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { createEmulatorAdmin, type EmulatorAdmin } from "@/emulator/admin-client";
import { openDatabase, queryRows } from "@/lib/db/client";
import { LOCK_FILE_NAME } from "@/lib/db/lock";
import { sampleValue } from "@/lib/observability/testing/exposition";
import { startOtlpCollector } from "@/lib/observability/testing/otlp-collector";
import { actionId } from "../support/server-actions";
import { submitSignIn } from "../support/sign-in";
import {
  type ConsoleOptions,
  consoleUser,
  type RunningProcess,
  STANDALONE_DIR,
  startConsole,
  startEmulator,
} from "./processes";

const SUPERVISOR = { email: "ops.supervisor@example.com", password: "Standalone-check-2026" };
const METRICS_TOKEN = "standalone-metrics-token-0123456789";

test.describe.configure({ mode: "serial" });

let workDir = "";
let options: ConsoleOptions;
let admin: EmulatorAdmin;
const started: RunningProcess[] = [];
/** CCC's RequestId of the pause that finished during the graceful shutdown; its audit row must hold it. */
let pauseRequestId = "";

test.beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "ccc-standalone-"));
  const emulator = await startEmulator(workDir);
  started.push(emulator.process);
  admin = createEmulatorAdmin(emulator.url);
  options = { cwd: workDir, dataDir: path.join(workDir, "pglite"), emulatorUrl: emulator.url };
  const apps = ["--apps", "1400000001,1400000002"];
  const added = await consoleUser(options, [
    ...["add", "--email", SUPERVISOR.email, "--name", "Ops Check", "--role", "supervisor", ...apps],
    ...["--password", SUPERVISOR.password],
  ]);
  expect(added).toContain(`Added ${SUPERVISOR.email}`);
});

test.afterAll(() => {
  for (const process of started) process.kill();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function launch(env: Record<string, string> = {}) {
  const server = await startConsole({ ...options, env });
  started.push(server.process);
  return server;
}

async function signIn(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/sign-in`);
  await submitSignIn(page, SUPERVISOR);
  await expect(page).toHaveURL(/\/campaigns\/predictive/);
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function firstApp() {
  const app = (await admin.state()).apps[0];
  if (!app) throw new Error("the emulator has no app");
  return app;
}

/** A server action POST (as the browser sends it) that reports when its answer arrived. */
function postAction(url: string, pagePath: string, name: string, args: unknown[], cookie: string) {
  const id = actionId(name);
  if (!id) throw new Error(`${name} is not in the build's action manifest`);
  return new Promise<{ status: number; body: string; at: number }>((resolve, reject) => {
    const req = request(`${url}${pagePath}`, {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie },
    });
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, at: performance.now() }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(JSON.stringify(args));
  });
}

function connectionRefused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

interface InterruptedAction {
  /** The server's SHUTDOWN_TIMEOUT_MS. */
  timeoutMs: number;
  /** Status of the predictive campaign to act on. */
  status: number;
  /** The server action to start, and the CCC call it makes (slowed down by `latencyMs`). */
  action: string;
  cccAction: string;
  latencyMs: number;
}

/**
 * Starts a server, signs in, starts a server action whose CCC call the emulator holds for `latencyMs`, and sends
 * SIGTERM once that call has reached the emulator, so the action is certainly in flight.
 */
async function sigtermDuringAction(page: Page, options: InterruptedAction) {
  const server = await launch({ SHUTDOWN_TIMEOUT_MS: String(options.timeoutMs) });
  const cookie = await signIn(page, server.url);
  const app = await firstApp();
  const campaign = app.predictiveCampaigns.find((candidate) => candidate.Status === options.status);
  if (!campaign) throw new Error(`the emulator has no predictive campaign in status ${options.status}`);
  const rule = await admin.injectFault({ action: options.cccAction, kind: "latency", latencyMs: options.latencyMs });
  const reachedCcc = async () => (await admin.faults()).find((fault) => fault.id === rule.id)?.fired ?? 0;

  const input = { sdkAppId: app.SdkAppId, campaignId: campaign.CampaignId };
  const inFlight = postAction(server.url, "/campaigns/predictive", options.action, [input], cookie);
  await expect.poll(reachedCcc).toBe(1);
  const signalled = performance.now();
  server.process.child.kill("SIGTERM");
  return { server, inFlight, signalled, app, campaign };
}

/** GET /api/metrics with a bearer token (none: no Authorization header). */
async function scrape(url: string, token?: string) {
  const response = await fetch(`${url}/api/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text() };
}

test("serves a signed-in page, its assets from the folder, metrics with the token, and stops cleanly", async ({
  page,
}) => {
  const collector = await startOtlpCollector();
  const server = await launch({ METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
  const assets: number[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/_next/static/")) assets.push(response.status());
  });
  await page.goto(`${server.url}/sign-in`);
  await submitSignIn(page, { ...SUPERVISOR, password: "not-the-password" });
  await expect(page.getByTestId("sign-in-error")).toBeVisible();
  await signIn(page, server.url);
  await page.reload();
  for (const campaign of (await firstApp()).predictiveCampaigns) {
    await expect(page.locator("tbody").getByRole("rowheader", { name: campaign.Name, exact: true })).toBeVisible();
  }
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.every((status) => status === 200)).toBe(true);

  expect((await scrape(server.url)).status).toBe(401);
  expect((await scrape(server.url, `${METRICS_TOKEN}-wrong`)).status).toBe(401);
  // Two full page loads: the landing page after sign-in (Auth.js redirects the browser to an absolute URL) and the
  // reload. Each is recorded once its response has finished streaming (after()), so poll.
  await expect
    .poll(async () =>
      sampleValue((await scrape(server.url, METRICS_TOKEN)).text, "console_page_render_seconds_count", {
        kind: "document",
      }),
    )
    .toBe(2);
  const { status, text } = await scrape(server.url, METRICS_TOKEN);
  expect(status).toBe(200);
  const listed = sampleValue(text, "ccc_requests_total", { action: "DescribePredictiveDialingCampaigns", code: "ok" });
  expect(listed).toBeGreaterThanOrEqual(2); // the page after sign-in, and again after the reload
  expect(sampleValue(text, "console_sign_in_failures_total", { method: "password", reason: "invalid" })).toBe(1);
  expect(text).not.toContain(SUPERVISOR.email);

  server.process.child.kill("SIGTERM");
  expect(await server.process.exited).toMatchObject({ code: 0, signal: null });
  expect(existsSync(path.join(options.dataDir, LOCK_FILE_NAME))).toBe(false);
  // Traces: the spans still buffered were flushed at shutdown, CCC calls among them with CCC's RequestId.
  expect(collector.received.map((post) => post.path)).toContain("/v1/traces");
  const spans = collector.received.map((post) => post.body).join("\n");
  expect(spans).toContain('"name":"ccc DescribePredictiveDialingCampaigns"');
  expect(spans).toMatch(/"key":"ccc\.request_id","value":\{"stringValue":"[0-9a-f-]{36}"\}/);
  await collector.close();
});

test("on SIGTERM an action in flight finishes, new connections are refused, the database closes, exit 0", async ({
  page,
}) => {
  const { server, inFlight, signalled, app, campaign } = await sigtermDuringAction(page, {
    timeoutMs: 20_000,
    status: 1, // running
    action: "pausePredictiveCampaignAction",
    cccAction: "PausePredictiveDialingCampaign",
    latencyMs: 3_000,
  });

  await expect.poll(() => connectionRefused(server.url), { timeout: 5_000 }).toBe(true);
  const refusedAt = performance.now();
  const answer = await inFlight;
  expect(answer.at).toBeGreaterThan(refusedAt); // the action was still running while new connections were refused
  expect(answer.status).toBe(200);
  pauseRequestId = /"requestId":"([0-9a-f-]{36})"/.exec(answer.body)?.[1] ?? "";
  expect(pauseRequestId, answer.body).not.toBe("");

  const exit = await server.process.exited;
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(exit.at - signalled).toBeLessThan(20_000);
  expect(existsSync(path.join(options.dataDir, LOCK_FILE_NAME))).toBe(false);
  expect((await admin.predictiveCampaign(app.SdkAppId, campaign.CampaignId)).Status).toBe(2);
  // The page's own requests (prefetches) may have been in flight too: none was cut.
  expect(server.process.output()).toMatch(/"cut":0,[^\n]*"requests in flight finished"/);
  await admin.clearFaults();
});

test("at SHUTDOWN_TIMEOUT_MS a request still running is cut, the database still closes, exit 1", async ({ page }) => {
  // Starting again on the same directory is itself the check that the last shutdown left the database openable.
  const { server, inFlight, signalled } = await sigtermDuringAction(page, {
    timeoutMs: 1_000,
    status: 2, // paused by the test before
    action: "resumePredictiveCampaignAction",
    cccAction: "ResumePredictiveDialingCampaign",
    latencyMs: 30_000,
  });

  await expect(inFlight).rejects.toThrow(/socket hang up|ECONNRESET/);
  const exit = await server.process.exited;
  expect(exit).toMatchObject({ code: 1, signal: null });
  expect(exit.at - signalled).toBeGreaterThanOrEqual(1_000);
  expect(exit.at - signalled).toBeLessThan(6_000);
  expect(server.process.output()).toMatch(/"cut":[1-9]\d*,[^\n]*"shutdown deadline reached/);
  expect(existsSync(path.join(options.dataDir, LOCK_FILE_NAME))).toBe(false);
  await admin.clearFaults();

  // Closed cleanly: it opens here, and holds the audit row the drained pause wrote after CCC answered.
  const database = await openDatabase({
    dataDir: options.dataDir,
    migrationsDir: path.join(STANDALONE_DIR, "drizzle"),
  });
  try {
    const rows = await queryRows<{ outcome: string; ccc_request_id: string }>(
      database.db,
      sql`select outcome, ccc_request_id from audit_events where action = 'PausePredictiveDialingCampaign'`,
    );
    expect(rows).toEqual([{ outcome: "ok", ccc_request_id: pauseRequestId }]);
  } finally {
    await database.close();
  }
});
