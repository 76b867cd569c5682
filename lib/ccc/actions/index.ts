/**
 * The registry of every CCC action this project speaks: its request and response schemas and whether a retry is
 * safe. The client (lib/ccc/client.ts) and the emulator (emulator/) are both driven by this table, so an action
 * exists for both or for neither.
 */
import type { z } from "zod";
import {
  ZAgentCruiseCampaignRef,
  ZCreateAgentCruiseDialingCampaignRequest,
  ZCreateAgentCruiseDialingCampaignResponse,
  ZDescribeAgentCruiseDialingCampaignResponse,
} from "./agent-cruise";
import {
  ZDescribePredictiveDialingSessionsRequest,
  ZDescribePredictiveDialingSessionsResponse,
  ZDescribeTelCdrRequest,
  ZDescribeTelCdrResponse,
} from "./call-records";
import { ZEmptyResponse } from "./common";
import {
  ZDescribeNumbersRequest,
  ZDescribeNumbersResponse,
  ZDescribeSkillGroupInfoListRequest,
  ZDescribeSkillGroupInfoListResponse,
  ZDescribeStaffInfoListRequest,
  ZDescribeStaffInfoListResponse,
} from "./directory";
import {
  ZDescribeCallInMetricsRequest,
  ZDescribeCallInMetricsResponse,
  ZDescribeStaffStatusMetricsRequest,
  ZDescribeStaffStatusMetricsResponse,
} from "./live-metrics";
import {
  ZCreatePredictiveDialingCampaignRequest,
  ZCreatePredictiveDialingCampaignResponse,
  ZDescribePredictiveDialingCampaignResponse,
  ZDescribePredictiveDialingCampaignsRequest,
  ZDescribePredictiveDialingCampaignsResponse,
  ZPredictiveCampaignRef,
  ZUpdatePredictiveDialingCampaignRequest,
} from "./predictive";

interface ActionSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  /** Safe to send twice: retried on throttling, 5xx and connection errors. Creates never are. */
  idempotent: boolean;
}

const spec = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  idempotent: boolean,
): ActionSpec<Req, Res> => ({ request, response, idempotent });

export const cccActions = {
  CreateAgentCruiseDialingCampaign: spec(
    ZCreateAgentCruiseDialingCampaignRequest,
    ZCreateAgentCruiseDialingCampaignResponse,
    false,
  ),
  DescribeAgentCruiseDialingCampaign: spec(ZAgentCruiseCampaignRef, ZDescribeAgentCruiseDialingCampaignResponse, true),
  AbortAgentCruiseDialingCampaign: spec(ZAgentCruiseCampaignRef, ZEmptyResponse, true),
  CreatePredictiveDialingCampaign: spec(
    ZCreatePredictiveDialingCampaignRequest,
    ZCreatePredictiveDialingCampaignResponse,
    false,
  ),
  UpdatePredictiveDialingCampaign: spec(ZUpdatePredictiveDialingCampaignRequest, ZEmptyResponse, true),
  DescribePredictiveDialingCampaign: spec(ZPredictiveCampaignRef, ZDescribePredictiveDialingCampaignResponse, true),
  DescribePredictiveDialingCampaigns: spec(
    ZDescribePredictiveDialingCampaignsRequest,
    ZDescribePredictiveDialingCampaignsResponse,
    true,
  ),
  PausePredictiveDialingCampaign: spec(ZPredictiveCampaignRef, ZEmptyResponse, true),
  ResumePredictiveDialingCampaign: spec(ZPredictiveCampaignRef, ZEmptyResponse, true),
  AbortPredictiveDialingCampaign: spec(ZPredictiveCampaignRef, ZEmptyResponse, true),
  // Delete of an already-deleted campaign fails with ResourceNotFound, so a retry cannot do harm twice.
  DeletePredictiveDialingCampaign: spec(ZPredictiveCampaignRef, ZEmptyResponse, true),
  DescribeSkillGroupInfoList: spec(ZDescribeSkillGroupInfoListRequest, ZDescribeSkillGroupInfoListResponse, true),
  DescribeStaffInfoList: spec(ZDescribeStaffInfoListRequest, ZDescribeStaffInfoListResponse, true),
  DescribeNumbers: spec(ZDescribeNumbersRequest, ZDescribeNumbersResponse, true),
  DescribePredictiveDialingSessions: spec(
    ZDescribePredictiveDialingSessionsRequest,
    ZDescribePredictiveDialingSessionsResponse,
    true,
  ),
  DescribeTelCdr: spec(ZDescribeTelCdrRequest, ZDescribeTelCdrResponse, true),
  DescribeStaffStatusMetrics: spec(ZDescribeStaffStatusMetricsRequest, ZDescribeStaffStatusMetricsResponse, true),
  DescribeCallInMetrics: spec(ZDescribeCallInMetricsRequest, ZDescribeCallInMetricsResponse, true),
} as const;

export type CccActionName = keyof typeof cccActions;
export type CccRequest<A extends CccActionName> = z.input<(typeof cccActions)[A]["request"]>;
export type CccResponse<A extends CccActionName> = z.output<(typeof cccActions)[A]["response"]>;
export const cccActionNames = Object.keys(cccActions) as CccActionName[];

export * from "./agent-cruise";
export * from "./call-records";
export * from "./common";
export * from "./directory";
export * from "./live-metrics";
export * from "./predictive";
