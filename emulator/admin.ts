/**
 * The admin API under /__admin: test and demo control, never reachable with CCC credentials (it ignores TC3).
 * When an admin token is configured every call needs the header `x-emulator-admin-token`. Calls with a body must
 * say Content-Type: application/json, which a browser cannot send cross-origin without a preflight we never answer.
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { ZAgentCruiseState, ZPredictiveStatus, ZPredictiveStatusReason } from "../lib/ccc/actions";
import type { ArrivalLog } from "./arrivals";
import { campaignCallsSummary } from "./calls/summary";
import type { EmulatorClock } from "./clock";
import type { RequestCounter } from "./counts";
import { CccError } from "./errors";
import { type FaultRegistry, ZFaultRuleInput } from "./faults";
import { readBody, sendJson } from "./http-util";
import { patchCruise, patchPredictive } from "./state/lifecycle";
import { loadStateFile } from "./state/persist";
import { type EmulatorState, parseEmulatorState } from "./state/schema";
import { cruiseView, type EmulatorStore, predictiveView } from "./state/store";

export const ADMIN_PREFIX = "/__admin";
export const ADMIN_TOKEN_HEADER = "x-emulator-admin-token";
const MAX_ADMIN_BODY_BYTES = 256 * 1024 * 1024;

export interface AdminDeps {
  store: EmulatorStore;
  clock: EmulatorClock;
  faults: FaultRegistry;
  counter: RequestCounter;
  arrivals: ArrivalLog;
  adminToken?: string;
  /** Back to the seed: state, faults, clock offset, rate-limit windows, counts and arrivals. */
  reset(): void;
  /** Makes `state` the current state and the one reset() returns to; undefined means the generated demo. */
  seed(state: EmulatorState | undefined): void;
  info(): Record<string, unknown>;
}

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const ZPredictivePatch = z.strictObject({
  Status: ZPredictiveStatus.optional(),
  StatusReason: ZPredictiveStatusReason.optional(),
  StartTime: z.number().int().nonnegative().optional(),
  EndTime: z.number().int().nonnegative().optional(),
  FinishedCalleeCount: z.number().int().nonnegative().optional(),
});
const ZCruisePatch = z.strictObject({
  State: ZAgentCruiseState.optional(),
  StartTime: z.number().int().nonnegative().optional(),
  EndTime: z.number().int().nonnegative().optional(),
  CalledCalleeCount: z.number().int().nonnegative().optional(),
});
const ZClockChange = z.union([
  z.strictObject({ advanceSeconds: z.number().int() }),
  z.strictObject({ offsetSeconds: z.number().int() }),
]);
const ZSeedSource = z.union([z.strictObject({ file: z.string().min(1) }), z.strictObject({ demo: z.literal(true) })]);

type Route = (deps: AdminDeps, body: unknown, params: string[]) => unknown;

/** Runs a command that returns nothing and answers {ok: true}. */
const done =
  (command: (deps: AdminDeps) => void): Route =>
  (deps) => {
    command(deps);
    return { ok: true };
  };

const routes: [method: string, pattern: RegExp, route: Route][] = [
  ["GET", /^\/health$/, (deps) => ({ ok: true, ...deps.info() })],
  ["POST", /^\/reset$/, done((deps) => deps.reset())],
  ["POST", /^\/seed$/, (deps, body) => seed(deps, body)],
  ["GET", /^\/state$/, (deps) => deps.store.view(deps.clock.nowSeconds())],
  ["GET", /^\/counts$/, (deps) => deps.counter.snapshot()],
  ["DELETE", /^\/counts$/, done((deps) => deps.counter.reset())],
  ["GET", /^\/arrivals$/, (deps) => deps.arrivals.report()],
  ["DELETE", /^\/arrivals$/, done((deps) => deps.arrivals.reset())],
  ["GET", /^\/clock$/, (deps) => clockView(deps.clock)],
  ["POST", /^\/clock$/, (deps, body) => changeClock(deps.clock, parse(ZClockChange, body))],
  ["GET", /^\/faults$/, (deps) => deps.faults.list()],
  ["POST", /^\/faults$/, (deps, body) => deps.faults.add(parse(ZFaultRuleInput, body))],
  ["DELETE", /^\/faults$/, done((deps) => deps.faults.clear())],
  ["DELETE", /^\/faults\/([\w-]+)$/, (deps, _b, [id]) => ({ ok: deps.faults.remove(id ?? "") })],
  ["GET", /^\/apps\/(\d+)\/predictive-campaigns\/(\d+)$/, (deps, _b, p) => predictive(deps, p)],
  ["PATCH", /^\/apps\/(\d+)\/predictive-campaigns\/(\d+)$/, (deps, body, p) => predictive(deps, p, body)],
  ["GET", /^\/apps\/(\d+)\/cruise-campaigns\/(\d+)$/, (deps, _b, p) => cruise(deps, p)],
  ["PATCH", /^\/apps\/(\d+)\/cruise-campaigns\/(\d+)$/, (deps, body, p) => cruise(deps, p, body)],
  ["GET", /^\/apps\/(\d+)\/(predictive|cruise)-campaigns\/(\d+)\/calls$/, (deps, _b, p) => calls(deps, p)],
];

/** The outcome counts of a campaign's generated calls (emulator/calls/summary.ts). */
function calls(deps: AdminDeps, [app = "", kind = "", id = ""]: string[]) {
  const appState = deps.store.requireApp(Number(app));
  const summary = campaignCallsSummary(appState, kind as "predictive" | "cruise", Number(id), deps.clock.nowSeconds());
  if (!summary) throw new AdminError(404, `No ${kind} campaign ${id} in app ${app}`);
  return summary;
}

export async function handleAdminRequest(req: IncomingMessage, res: ServerResponse, deps: AdminDeps, path: string) {
  try {
    checkToken(req, deps.adminToken);
    const subPath = path.slice(ADMIN_PREFIX.length) || "/";
    const method = req.method ?? "GET";
    const matching = routes.filter(([, pattern]) => pattern.test(subPath));
    const route = matching.find(([m]) => m === method);
    if (!route) throw new AdminError(matching.length > 0 ? 405 : 404, `No admin route ${method} ${path}`);
    const body = method === "GET" || method === "DELETE" ? undefined : await readJson(req);
    const params = route[1].exec(subPath)?.slice(1) ?? [];
    sendJson(res, 200, route[2](deps, body, params) ?? { ok: true });
  } catch (error) {
    const status = error instanceof AdminError ? error.status : error instanceof CccError ? 404 : 500;
    if (status === 500) console.error(error);
    sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
  }
}

function checkToken(req: IncomingMessage, token: string | undefined) {
  if (!token) return;
  const given = Buffer.from(String(req.headers[ADMIN_TOKEN_HEADER] ?? ""));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AdminError(401, `The admin API needs the ${ADMIN_TOKEN_HEADER} header`);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "")) {
    throw new AdminError(415, "Admin calls with a body must send Content-Type: application/json");
  }
  const read = await readBody(req, MAX_ADMIN_BODY_BYTES, MAX_ADMIN_BODY_BYTES);
  if (!read.ok) throw new AdminError(413, "The admin request body is too large");
  if (read.body.length === 0) return {};
  try {
    return JSON.parse(read.body.toString("utf8"));
  } catch {
    throw new AdminError(400, "The admin request body is not valid JSON");
  }
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
  throw new AdminError(400, problems.join("; "));
}

/** Body: a state object, {file: "/path/seed.json"} on the emulator's machine, or {demo: true} for the demo data. */
function seed(deps: AdminDeps, body: unknown) {
  const source = ZSeedSource.safeParse(body);
  let state: EmulatorState | undefined;
  try {
    if (!source.success) state = parseEmulatorState(body);
    else if ("file" in source.data) state = loadStateFile(source.data.file) ?? missing(source.data.file);
  } catch (error) {
    throw new AdminError(400, (error as Error).message);
  }
  deps.seed(state);
  return { ok: true, sdkAppIds: deps.store.raw().apps.map((app) => app.SdkAppId) };
}

const missing = (file: string): never => {
  throw new Error(`${file} does not exist`);
};

const clockView = (clock: EmulatorClock) => ({
  nowSeconds: clock.nowSeconds(),
  offsetSeconds: clock.offsetSeconds,
  signatureSeconds: clock.signatureSeconds(),
});

function changeClock(clock: EmulatorClock, change: z.output<typeof ZClockChange>) {
  clock.offsetSeconds = "advanceSeconds" in change ? clock.offsetSeconds + change.advanceSeconds : change.offsetSeconds;
  return clockView(clock);
}

function predictive(deps: AdminDeps, [appId, campaignId]: string[], body?: unknown) {
  const now = deps.clock.nowSeconds();
  const app = deps.store.requireApp(Number(appId));
  const campaign = deps.store.requirePredictive(app, Number(campaignId), now);
  if (body !== undefined) {
    patchPredictive(campaign, parse(ZPredictivePatch, body), now);
    deps.store.changed();
  }
  return predictiveView(campaign, now);
}

function cruise(deps: AdminDeps, [appId, campaignId]: string[], body?: unknown) {
  const now = deps.clock.nowSeconds();
  const app = deps.store.requireApp(Number(appId));
  const campaign = deps.store.requireCruise(app, Number(campaignId), now);
  if (body !== undefined) {
    patchCruise(campaign, parse(ZCruisePatch, body), now);
    deps.store.changed();
  }
  return cruiseView(campaign, now);
}
