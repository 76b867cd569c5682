/**
 * What the fault matrix (matrix.test.ts) calls and checks: the campaigns each case acts on (fresh ones, so a write
 * CCC applied late never spoils another case), every write action and every Describe behind a page as one table
 * row each, and the audit row a write left in the console's database.
 */
import { sql } from "drizzle-orm";
import type { EmulatorAdmin } from "@/emulator/admin-client";
import { type DatabaseHandle, queryRows } from "@/lib/db/client";
import { callAction, type Session } from "@/scripts/instances/console-http";
import type { ActionAnswer } from "@/scripts/instances/flight";
import {
  CREATE_CRUISE,
  cruiseCreateInput,
  type DemoApp,
  predictiveSaveInput,
  UPDATE_PREDICTIVE,
} from "@/scripts/instances/workload";
import { createPredictiveCampaigns } from "../support/ccc-seeder";
import { actionId } from "../support/server-actions";
import { createShownCode, FAULTS, type FaultCase, updateShownCode } from "./fault-table";

/** The campaigns the cases act on: one fresh campaign per fault for each write, and one of each kind to read. */
export interface Targets {
  app: DemoApp;
  update: number[];
  pause: number[];
  resume: number[];
  abort: number[];
  cruiseId: number;
  predictiveId: number;
}

/** Creates FAULTS.length pending campaigns per write and moves the pause/abort ones to running, resume to paused. */
export async function prepareTargets(admin: EmulatorAdmin, app: DemoApp, emulatorUrl: string): Promise<Targets> {
  const n = FAULTS.length;
  const ids = await createPredictiveCampaigns(admin, app.sdkAppId, 4 * n, "Fault target", emulatorUrl);
  const [update, pause, resume, abort] = [0, 1, 2, 3].map((group) => ids.slice(group * n, (group + 1) * n)) as [
    number[],
    number[],
    number[],
    number[],
  ];
  const started = (await admin.clock()).nowSeconds - 60;
  for (const id of [...pause, ...abort])
    await admin.setPredictiveCampaign(app.sdkAppId, id, { Status: 1, StartTime: started });
  for (const id of resume) await admin.setPredictiveCampaign(app.sdkAppId, id, { Status: 2, StartTime: started });
  const seeded = (await admin.state()).apps.find((a) => a.SdkAppId === app.sdkAppId);
  const cruiseId = seeded?.cruiseCampaigns[0]?.CampaignId;
  if (!cruiseId) throw new Error("The emulator's first app has no cruise campaign to read");
  return { app, update, pause, resume, abort, cruiseId, predictiveId: update[0] ?? 0 };
}

export interface CallContext {
  url: string;
  session: Session;
  admin: EmulatorAdmin;
  targets: Targets;
  /** Run-unique prefix of every campaign name the suite creates. */
  run: string;
}

export interface WriteCase {
  name: string;
  cccAction: string;
  /** The campaign the case acts on (undefined: a create). */
  campaignOf(targets: Targets, faultIndex: number): number | undefined;
  call(ctx: CallContext, fault: FaultCase, faultIndex: number): Promise<ActionAnswer>;
  /** The code the user is shown. */
  shownCode(fault: FaultCase): string;
}

const ids = new Map<string, string>();
function idOf(exportedName: string): string {
  const id = ids.get(exportedName) ?? actionId(exportedName);
  if (!id) throw new Error(`Build first (npm run build): the build lacks ${exportedName}`);
  ids.set(exportedName, id);
  return id;
}

const detailPath = (t: Targets, id: number) => `/campaigns/predictive/${t.app.sdkAppId}/${id}`;

export const createName = (run: string, fault: FaultCase) => `${run} create ${fault.name}`;
export const updateName = (run: string, fault: FaultCase) => `${run} edit ${fault.name}`;

/** The create form's submission for a fault's case: one idempotency key per case, so it can be sent again. */
const createInputs = new Map<string, ReturnType<typeof cruiseCreateInput>>();
export function createInputFor(ctx: CallContext, fault: FaultCase) {
  const name = createName(ctx.run, fault);
  const input = createInputs.get(name) ?? cruiseCreateInput(ctx.targets.app, name);
  createInputs.set(name, input);
  return input;
}

function lifecycle(name: string, cccAction: string, exported: string, group: "pause" | "resume" | "abort"): WriteCase {
  return {
    name,
    cccAction,
    campaignOf: (t, i) => t[group][i],
    call: (ctx, _fault, i) => {
      const campaignId = ctx.targets[group][i] ?? 0;
      const input = { sdkAppId: ctx.targets.app.sdkAppId, campaignId };
      return callAction(ctx.url, detailPath(ctx.targets, campaignId), idOf(exported), [input], ctx.session);
    },
    shownCode: (fault) => fault.code,
  };
}

export const WRITES: readonly WriteCase[] = [
  {
    name: "cruise create",
    cccAction: CREATE_CRUISE,
    campaignOf: () => undefined,
    call: (ctx, fault) =>
      callAction(
        ctx.url,
        "/campaigns/cruise/new",
        idOf("createAgentCruiseCampaignAction"),
        [createInputFor(ctx, fault)],
        ctx.session,
      ),
    shownCode: createShownCode,
  },
  {
    name: "predictive update",
    cccAction: UPDATE_PREDICTIVE,
    campaignOf: (t, i) => t.update[i],
    call: async (ctx, fault, i) => {
      const campaignId = ctx.targets.update[i] ?? 0;
      const view = await ctx.admin.predictiveCampaign(ctx.targets.app.sdkAppId, campaignId);
      const input = predictiveSaveInput(ctx.targets.app.sdkAppId, view, updateName(ctx.run, fault));
      const action = idOf("updatePredictiveCampaignAction");
      return callAction(ctx.url, `${detailPath(ctx.targets, campaignId)}/edit`, action, [input], ctx.session);
    },
    shownCode: updateShownCode,
  },
  lifecycle("pause", "PausePredictiveDialingCampaign", "pausePredictiveCampaignAction", "pause"),
  lifecycle("resume", "ResumePredictiveDialingCampaign", "resumePredictiveCampaignAction", "resume"),
  lifecycle("abort", "AbortPredictiveDialingCampaign", "abortPredictiveCampaignAction", "abort"),
];

export interface ReadCase {
  name: string;
  cccAction: string;
  path(targets: Targets): string;
}

/** The Describe behind each page, through the route its page polls (the page's server render calls the same). */
export const READS: readonly ReadCase[] = [
  {
    name: "cruise campaign page",
    cccAction: "DescribeAgentCruiseDialingCampaign",
    path: (t) => `/api/apps/${t.app.sdkAppId}/cruise-campaigns/${t.cruiseId}`,
  },
  {
    name: "predictive list",
    cccAction: "DescribePredictiveDialingCampaigns",
    path: (t) => `/api/apps/${t.app.sdkAppId}/predictive-campaigns`,
  },
  {
    name: "predictive campaign and edit pages",
    cccAction: "DescribePredictiveDialingCampaign",
    path: (t) => `/api/apps/${t.app.sdkAppId}/predictive-campaigns/${t.predictiveId}`,
  },
  {
    name: "create form's agents",
    cccAction: "DescribeStaffInfoList",
    path: (t) => `/api/apps/${t.app.sdkAppId}/staff`,
  },
  {
    name: "create form's caller numbers",
    cccAction: "DescribeNumbers",
    path: (t) => `/api/apps/${t.app.sdkAppId}/numbers`,
  },
];

export type AuditRow = {
  outcome: string;
  error_code: string | null;
  ccc_request_id: string | null;
};

/** The newest audit rows of `cccAction` for a campaign, or for a create by its name (no CampaignId without success). */
export async function auditRows(
  db: DatabaseHandle,
  cccAction: string,
  where: { campaignId: number } | { name: string },
): Promise<AuditRow[]> {
  const filter = "campaignId" in where ? sql`campaign_id = ${where.campaignId}` : sql`summary->>'name' = ${where.name}`;
  return queryRows<AuditRow>(
    db.db,
    sql`select outcome, error_code, ccc_request_id from audit_events
        where action = ${cccAction} and ${filter} order by id`,
  );
}

/** Create arrivals at the emulator so far (counted on arrival, before any fault fires). */
export async function arrivalsOf(admin: EmulatorAdmin, cccAction: string): Promise<number> {
  return (await admin.arrivals()).byAction[cccAction]?.total ?? 0;
}
