/** The edit form's input for an emulator campaign, for tests of the predictive update action. */
import { toWire } from "@/lib/callees/wire";
import { toPredictiveSnapshot } from "@/lib/campaigns/predictive/snapshot";
import { type ActionHarness, APP_A } from "./action-harness";

/** A campaign of APP_A in `status` with the edit form's input for it: everything as CCC holds it, plus the lists. */
export async function editFor(harness: ActionHarness, status: number) {
  const app = (await harness.emulator.admin.state()).apps.find((a) => a.SdkAppId === APP_A);
  const c = app?.predictiveCampaigns.find((campaign) => campaign.Status === status);
  const caller = app?.numbers.find((n) => n.State === 1)?.Number;
  if (!c || !caller) throw new Error(`no campaign in status ${status} or no usable caller number`);
  const snapshot = toPredictiveSnapshot({ ...c, IVRId: c.IVRId ?? null, RetryTimes: c.RetryTimes ?? null });
  const edit = {
    sdkAppId: APP_A,
    campaignId: c.CampaignId,
    name: c.Name,
    callees: toWire(["+8613800000001", "+8613800000002"]),
    callers: [caller],
    callOrder: c.CallOrder,
    skillGroupId: c.SkillGroupId,
    priority: c.Priority,
    expectedAbandonRate: c.ExpectedAbandonRate,
    retryInterval: c.RetryInterval,
    retryTimes: c.RetryTimes ?? undefined,
    startTime: c.StartTime,
    endTime: c.EndTime,
    ivrId: c.IVRId ?? undefined,
    uui: c.UUI ?? undefined,
    variables: (c.Variables ?? []).map((v) => ({ key: v.Key, value: v.Value })),
  };
  return { campaign: c, snapshot, edit };
}
