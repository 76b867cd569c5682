/**
 * What the HTTP clients of the several-instance test and bench:load send: the arguments of the cruise create and
 * predictive save actions exactly as their forms build them, from what the emulator holds.
 */
import { randomUUID } from "node:crypto";
import type { EmulatorAdmin } from "../../emulator/admin-client";
import type { PredictiveView } from "../../emulator/state/schema";
import { toPredictiveSnapshot } from "../../lib/campaigns/predictive/snapshot";

export const CREATE_CRUISE = "CreateAgentCruiseDialingCampaign";
export const UPDATE_PREDICTIVE = "UpdatePredictiveDialingCampaign";

export interface DemoApp {
  sdkAppId: number;
  agent: string;
  callers: string[];
}

/** The first app, an agent with a skill group and its callable numbers. */
export async function demoApp(emulator: EmulatorAdmin): Promise<DemoApp> {
  const app = (await emulator.state()).apps[0];
  const agent = app?.staff.find((staff) => (staff.SkillGroupList?.length ?? 0) > 0)?.Mail;
  const callers = app?.numbers.filter((number) => number.State === 1).map((number) => number.Number) ?? [];
  if (!app || !agent || callers.length === 0) throw new Error("The emulator's first app lacks staff or numbers");
  return { sdkAppId: app.SdkAppId, agent, callers };
}

/** The create form's submission: a fresh idempotency key unless the caller repeats one. */
export function cruiseCreateInput(app: DemoApp, name: string, idempotencyKey: string = randomUUID()) {
  const start = Math.floor(Date.now() / 1000) + 3600;
  return {
    sdkAppId: app.sdkAppId,
    name,
    agent: app.agent,
    concurrencyNumber: 2,
    startTime: start,
    endTime: start + 3600,
    // The wire form: normalized numbers joined with "\n".
    callees: ["+8613800138001", "+8613800138002", "+8613800138003"].join("\n"),
    callers: app.callers.slice(0, 1),
    callOrder: 0,
    uui: "",
    idempotencyKey,
  };
}

/**
 * The edit form's submission for a pending campaign: every field as CCC holds it, the name changed, and the Describe
 * snapshot the form was opened with (the save refuses with a conflict if CCC's campaign differs from it).
 */
export function predictiveSaveInput(sdkAppId: number, view: PredictiveView, name: string) {
  const snapshot = toPredictiveSnapshot(view);
  // The form starts from the snapshot's values; CCC keeps what the snapshot shows as null unless it is sent.
  const { status: _status, statusReason: _reason, ivrId, retryTimes, uui, ...fields } = snapshot;
  return {
    ...fields,
    sdkAppId,
    campaignId: view.CampaignId,
    name,
    callees: view.Callees.join("\n"),
    callers: view.Callers,
    // The update's documented range starts at 5 (the create's at 0).
    expectedAbandonRate: Math.max(5, fields.expectedAbandonRate),
    retryTimes: retryTimes ?? 0,
    ivrId: ivrId ?? undefined,
    uui: uui ?? undefined,
    snapshot,
  };
}
