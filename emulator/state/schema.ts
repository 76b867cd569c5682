/**
 * The emulator's whole state as plain JSON: what seeds, the state file and the admin API read and write.
 * CCC fields keep CCC's PascalCase names (exactly what a create stored); the emulator's own bookkeeping is camelCase.
 */
import { z } from "zod";
import {
  ZAgentCruiseState,
  ZCallerNumber,
  ZCreateAgentCruiseDialingCampaignRequest,
  ZCreatePredictiveDialingCampaignRequest,
  ZPredictiveStatus,
  ZPredictiveStatusReason,
  ZSdkAppId,
  ZSkillGroup,
  ZStaff,
} from "../../lib/ccc/actions";

const ZUnix = z.number().int().nonnegative();

const bookkeeping = {
  /** Callees dialled before `runningSince` (frozen while the campaign is not running). */
  progressBase: z.number().int().nonnegative().default(0),
  /** Unix seconds the current running stretch began; null unless the campaign is running. */
  runningSince: ZUnix.nullable().default(null),
  createdAt: ZUnix.default(0),
  updatedAt: ZUnix.default(0),
};

const { SdkAppId: _p, ...predictiveFields } = ZCreatePredictiveDialingCampaignRequest.shape;
export const ZPredictiveRecord = z.object({
  CampaignId: z.number().int().positive(),
  ...predictiveFields,
  Status: ZPredictiveStatus,
  StatusReason: ZPredictiveStatusReason.default(0),
  ...bookkeeping,
});
export type PredictiveRecord = z.infer<typeof ZPredictiveRecord>;

const { SdkAppId: _c, ...cruiseFields } = ZCreateAgentCruiseDialingCampaignRequest.shape;
export const ZCruiseRecord = z.object({
  CampaignId: z.number().int().positive(),
  ...cruiseFields,
  State: ZAgentCruiseState,
  ...bookkeeping,
});
export type CruiseRecord = z.infer<typeof ZCruiseRecord>;

export const ZAppState = z.object({
  SdkAppId: ZSdkAppId,
  skillGroups: z.array(ZSkillGroup).default([]),
  staff: z.array(ZStaff).default([]),
  numbers: z.array(ZCallerNumber).default([]),
  predictiveCampaigns: z.array(ZPredictiveRecord).default([]),
  cruiseCampaigns: z.array(ZCruiseRecord).default([]),
});
export type AppState = z.infer<typeof ZAppState>;

export const ZEmulatorState = z.object({
  version: z.literal(1).default(1),
  /** Next CampaignId handed out by a create; defaults to one past the largest id in the state. */
  nextCampaignId: z.number().int().positive().optional(),
  apps: z.array(ZAppState),
});
/** Input shape: what a seed file may leave out. */
export type EmulatorStateInput = z.input<typeof ZEmulatorState>;
export type EmulatorState = z.infer<typeof ZEmulatorState> & { nextCampaignId: number };

/** Validates a seed or state file and fills in defaults; throws a readable Error naming the bad paths. */
export function parseEmulatorState(input: unknown): EmulatorState {
  const result = ZEmulatorState.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Invalid emulator state: ${problems.join("; ")}`);
  }
  const state = result.data;
  const ids = state.apps.flatMap((app) => [
    ...app.predictiveCampaigns.map((c) => c.CampaignId),
    ...app.cruiseCampaigns.map((c) => c.CampaignId),
  ]);
  const nextCampaignId = Math.max(state.nextCampaignId ?? 1, ...ids.map((id) => id + 1));
  return { ...state, nextCampaignId };
}

/** A predictive campaign as the admin API shows it: the record plus its counts at the emulator's clock. */
export type PredictiveView = PredictiveRecord & { CalleeCount: number; FinishedCalleeCount: number };
/** An agent cruise campaign as the admin API shows it. */
export type CruiseView = CruiseRecord & { TotalCalleeCount: number; CalledCalleeCount: number };
export type AppStateView = Omit<AppState, "predictiveCampaigns" | "cruiseCampaigns"> & {
  predictiveCampaigns: PredictiveView[];
  cruiseCampaigns: CruiseView[];
};
export interface EmulatorStateView {
  version: 1;
  nextCampaignId: number;
  /** Campaign time (Unix seconds) the view was computed at. */
  now: number;
  apps: AppStateView[];
}
