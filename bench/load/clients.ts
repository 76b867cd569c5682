/**
 * bench:load's users, each a plain HTTP client with its own session: viewers open the predictive list, the cruise
 * list and campaign pages; writers alternate a predictive save and a cruise create. Requests go round-robin over
 * the instances, as behind a load balancer without sticky sessions. Every answer a writer got is kept in a ledger,
 * to be checked against what CCC holds afterwards.
 */
import { randomUUID } from "node:crypto";
import type { EmulatorAdmin } from "../../emulator/admin-client";
import { callAction, getPage, type Session } from "../../scripts/instances/console-http";
import { cruiseCreateInput, type DemoApp, predictiveSaveInput } from "../../scripts/instances/workload";
import type { Recorder } from "./recorder";

export interface LoadTargets {
  urls: readonly string[];
  app: DemoApp;
  /** Campaigns whose pages viewers open. */
  predictiveIds: readonly number[];
  cruiseIds: readonly number[];
  emulator: EmulatorAdmin;
  actionIds: { save: string; create: string };
}

export interface LoadPlan {
  durationMs: number;
  viewerThinkMs: number;
  writerThinkMs: number;
}

/** What writers were told, per campaign and per create. */
export interface Ledger {
  /** Predictive campaign → the last name an answer said was saved. */
  lastSaved: Map<number, string>;
  /** Names whose save ended without a definite answer (CCC may have applied them). */
  unsure: Set<string>;
  /** Creates answered with a campaign id. */
  created: { name: string; campaignId: number }[];
  /** Submissions that got no usable answer at all (HTTP error, connection lost, unreadable body). */
  noAnswer: number;
}

export const newLedger = (): Ledger => ({ lastSaved: new Map(), unsure: new Set(), created: [], noAnswer: 0 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = (ms: number) => sleep(ms * (0.5 + Math.random()));

let roundRobin = 0;
const nextInstance = (urls: readonly string[]) => urls[roundRobin++ % urls.length] as string;

/** "ok", "RequestLimitExceeded" when the page shows CCC's throttling code, else what went wrong. */
export function pageOutcome(status: number, body: string): string {
  if (body.includes("RequestLimitExceeded")) return "RequestLimitExceeded";
  if (status === 200) return "ok";
  return status >= 300 && status < 400 ? "redirect" : `http${status}`;
}

/** The outcome a server action's answer stands for: its data's outcome, its error code, or "invalid". */
export function actionOutcome(result: unknown): string {
  const answer = result as {
    data?: { outcome?: string };
    serverError?: { formError?: { code?: string }; fieldErrors?: object };
    validationErrors?: unknown;
  };
  if (answer.data) return answer.data.outcome ?? "ok";
  if (answer.serverError) return answer.serverError.formError?.code ?? "fieldError";
  return answer.validationErrors ? "invalid" : "unknown";
}

function viewerPages(targets: LoadTargets) {
  const { sdkAppId } = targets.app;
  return [
    { key: "page:predictiveList", path: () => "/campaigns/predictive" },
    { key: "page:cruiseList", path: () => "/campaigns/cruise" },
    {
      key: "page:predictiveCampaign",
      path: (i: number) =>
        `/campaigns/predictive/${sdkAppId}/${targets.predictiveIds[i % targets.predictiveIds.length]}`,
    },
    {
      key: "page:cruiseCampaign",
      path: (i: number) => `/campaigns/cruise/${sdkAppId}/${targets.cruiseIds[i % targets.cruiseIds.length]}`,
    },
  ] as const;
}

/** Opens every kind of page once on every instance, so the measured window starts warm (routes loaded, pools open). */
export async function warmUp(session: Session, targets: LoadTargets): Promise<void> {
  for (const url of targets.urls) {
    for (const page of viewerPages(targets)) await getPage(url, page.path(0), session);
  }
}

export async function runViewer(n: number, session: Session, targets: LoadTargets, plan: LoadPlan, rec: Recorder) {
  const pages = viewerPages(targets);
  const until = Date.now() + plan.durationMs;
  await think(plan.viewerThinkMs);
  for (let i = n; Date.now() < until; i += 1) {
    const page = pages[i % pages.length] as (typeof pages)[number];
    const url = nextInstance(targets.urls);
    await rec.time(
      page.key,
      () => getPage(url, page.path(i), session),
      ({ status, body }) => pageOutcome(status, body),
    );
    await think(plan.viewerThinkMs);
  }
}

async function saveOnce(
  name: string,
  campaignId: number,
  session: Session,
  t: LoadTargets,
  rec: Recorder,
  ledger: Ledger,
) {
  // The form opens on what CCC holds now (the admin API: no CCC request, so it does not count against the limit).
  const view = await t.emulator.predictiveCampaign(t.app.sdkAppId, campaignId);
  const input = predictiveSaveInput(t.app.sdkAppId, view, name);
  const path = `/campaigns/predictive/${t.app.sdkAppId}/${campaignId}/edit`;
  const url = nextInstance(t.urls);
  const answer = await rec.time(
    "action:savePredictive",
    () => callAction(url, path, t.actionIds.save, [input], session),
    (a) => actionOutcome(a.result),
  );
  if (!answer) ledger.noAnswer += 1;
  const outcome = answer ? actionOutcome(answer.result) : "none";
  if (outcome === "saved") ledger.lastSaved.set(campaignId, name);
  else if (!["conflict", "notEditable"].includes(outcome)) ledger.unsure.add(name);
}

async function createOnce(name: string, session: Session, t: LoadTargets, rec: Recorder, ledger: Ledger) {
  const input = cruiseCreateInput(t.app, name, randomUUID());
  const url = nextInstance(t.urls);
  const answer = await rec.time(
    "action:createCruise",
    () => callAction(url, "/campaigns/cruise/new", t.actionIds.create, [input], session),
    (a) => actionOutcome(a.result),
  );
  if (!answer) ledger.noAnswer += 1;
  const campaignId = (answer?.result as { data?: { campaignId?: number } } | undefined)?.data?.campaignId;
  if (campaignId !== undefined) ledger.created.push({ name, campaignId });
}

export async function runWriter(
  n: number,
  session: Session,
  campaignId: number,
  targets: LoadTargets,
  plan: LoadPlan,
  rec: Recorder,
  ledger: Ledger,
) {
  const until = Date.now() + plan.durationMs;
  await think(plan.writerThinkMs);
  for (let k = 0; Date.now() < until; k += 1) {
    const name = `Load w${n} ${k % 2 === 0 ? "save" : "create"} ${k}`;
    if (k % 2 === 0) await saveOnce(name, campaignId, session, targets, rec, ledger);
    else await createOnce(name, session, targets, rec, ledger);
    await think(plan.writerThinkMs);
  }
}
