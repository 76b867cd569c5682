/**
 * The audit trail as a supervisor reads it: the newest row of one CCC action (of one campaign) from the trail's CSV
 * export (`GET /api/audit/export`, the audit page's filters), in English.
 */
import type { APIRequestContext } from "@playwright/test";
import Papa from "papaparse";

export interface AuditExportRow {
  action: string;
  campaign: string;
  /** The outcome's label: "Succeeded", "Failed", "Outcome unknown". */
  outcome: string;
  errorCode: string;
  requestId: string;
}

export async function latestAudit(
  request: APIRequestContext,
  action: string,
  campaignId?: number,
): Promise<AuditExportRow> {
  const params = new URLSearchParams({ action, ...(campaignId ? { campaign: String(campaignId) } : {}) });
  const response = await request.get(`/api/audit/export?${params}`, { headers: { "accept-language": "en" } });
  if (!response.ok()) throw new Error(`Audit export answered ${response.status()}`);
  // Newest first: row 0 is the header (time, user, action, app, campaign, outcome, error code, RequestId, fields).
  const rows = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const newest = rows[1];
  if (!newest) throw new Error(`The audit trail has no ${action} row${campaignId ? ` for ${campaignId}` : ""}`);
  const [, , rowAction = "", , campaign = "", outcome = "", errorCode = "", requestId = ""] = newest;
  return { action: rowAction, campaign, outcome, errorCode, requestId };
}
