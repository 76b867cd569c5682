/** The console's edit (camelCase, validated) → CCC's UpdatePredictiveDialingCampaign request. */
import type { TUpdatePredictiveDialingCampaignRequest } from "@/lib/ccc/actions/predictive";
import type { TPredictiveUpdateFields } from "./update-schema";

export function toUpdateRequest(edit: TPredictiveUpdateFields): TUpdatePredictiveDialingCampaignRequest {
  return {
    SdkAppId: edit.sdkAppId,
    CampaignId: edit.campaignId,
    Name: edit.name,
    Callees: edit.callees,
    Callers: edit.callers,
    CallOrder: edit.callOrder,
    SkillGroupId: edit.skillGroupId,
    Priority: edit.priority,
    ExpectedAbandonRate: edit.expectedAbandonRate,
    RetryInterval: edit.retryInterval,
    StartTime: edit.startTime,
    EndTime: edit.endTime,
    RetryTimes: edit.retryTimes,
    ...(edit.ivrId === undefined ? {} : { IVRId: edit.ivrId }),
    // Sent even when empty, so clearing the field in the form clears it in CCC.
    UUI: edit.uui ?? "",
    // Always sent, even empty: CCC requires every field on update, and an empty list is how variables are cleared.
    Variables: edit.variables.map((v) => ({ Key: v.key, Value: v.value })),
  };
}
