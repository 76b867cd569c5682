/**
 * The emulator's in-memory state and the only code that changes it. Reads settle campaigns to the clock first
 * (see lifecycle.ts); every deliberate change calls `changed()` so the state file, if any, is rewritten.
 */
import { CccError } from "../errors";
import { cruiseProgress, predictiveProgress, settleCruise, settlePredictive } from "./lifecycle";
import type {
  AppState,
  CruiseRecord,
  CruiseView,
  EmulatorState,
  EmulatorStateView,
  PredictiveRecord,
  PredictiveView,
} from "./schema";
import { seedApp } from "./seed";

export class EmulatorStore {
  private state: EmulatorState;

  constructor(
    initial: EmulatorState,
    private readonly onChange: () => void = () => {},
  ) {
    this.state = structuredClone(initial);
  }

  /** Replaces the whole state (reset, seed). */
  replace(next: EmulatorState): void {
    this.state = structuredClone(next);
    this.changed();
  }

  /** Adds a demo app for every id the state does not have yet, after the apps it has (ids stay unique). */
  ensureApps(sdkAppIds: readonly number[], seedTime: number): void {
    for (const id of sdkAppIds) {
      if (this.app(id)) continue;
      this.state.apps.push(seedApp(id, this.state.apps.length, seedTime));
      this.changed();
    }
  }

  changed(): void {
    this.onChange();
  }

  /** The raw state (for the state file); not settled. */
  raw(): EmulatorState {
    return this.state;
  }

  app(sdkAppId: number): AppState | undefined {
    return this.state.apps.find((app) => app.SdkAppId === sdkAppId);
  }

  /** The app, or the error CCC gives for an SdkAppId that is not yours. */
  requireApp(sdkAppId: number, code = "InvalidParameterValue"): AppState {
    const app = this.app(sdkAppId);
    if (!app) throw new CccError(code, `SdkAppId ${sdkAppId} does not exist or does not belong to this account`);
    return app;
  }

  nextCampaignId(): number {
    const id = this.state.nextCampaignId;
    this.state.nextCampaignId += 1;
    return id;
  }

  /** All predictive campaigns of an app, settled to `now`. */
  predictiveCampaigns(app: AppState, now: number): PredictiveRecord[] {
    for (const c of app.predictiveCampaigns) settlePredictive(c, now);
    return app.predictiveCampaigns;
  }

  requirePredictive(app: AppState, campaignId: number, now: number): PredictiveRecord {
    const campaign = app.predictiveCampaigns.find((c) => c.CampaignId === campaignId);
    if (!campaign) throw notFound(app, campaignId, "predictive");
    settlePredictive(campaign, now);
    return campaign;
  }

  requireCruise(app: AppState, campaignId: number, now: number): CruiseRecord {
    const campaign = app.cruiseCampaigns.find((c) => c.CampaignId === campaignId);
    if (!campaign) throw notFound(app, campaignId, "agent cruise");
    settleCruise(campaign, now);
    return campaign;
  }

  /** Everything, settled to `now`, with each campaign's counts: what the admin API shows. */
  view(now: number): EmulatorStateView {
    return {
      version: 1,
      nextCampaignId: this.state.nextCampaignId,
      now,
      apps: this.state.apps.map((app) => ({
        ...app,
        predictiveCampaigns: this.predictiveCampaigns(app, now).map((c) => predictiveView(c, now)),
        cruiseCampaigns: app.cruiseCampaigns.map((c) => {
          settleCruise(c, now);
          return cruiseView(c, now);
        }),
      })),
    };
  }
}

export const predictiveView = (c: PredictiveRecord, now: number): PredictiveView => ({
  ...c,
  CalleeCount: c.Callees.length,
  FinishedCalleeCount: predictiveProgress(c, now),
});

export const cruiseView = (c: CruiseRecord, now: number): CruiseView => ({
  ...c,
  TotalCalleeCount: c.Callees?.length ?? 0,
  CalledCalleeCount: cruiseProgress(c, now),
});

const notFound = (app: AppState, campaignId: number, kind: string) =>
  new CccError("ResourceNotFound", `No ${kind} campaign with CampaignId ${campaignId} in SdkAppId ${app.SdkAppId}`);
