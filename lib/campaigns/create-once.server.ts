/**
 * What every campaign create does between the parsed form and CCC, for both kinds: re-apply the do-not-call list
 * (a listed number never reaches CCC, whatever the form showed), call CCC at most once per idempotency key
 * (runOnce: a double click or a network retry replays the first answer; a timeout after sending is "outcome unknown"
 * and never retried), and audit the attempt (withAudit). The kind's own file builds the request and the audit
 * summary, and records what it needs once CCC has answered.
 */
import "server-only";
import { type AuditActor, withAudit } from "@/lib/audit/record";
import { isCccError } from "@/lib/ccc/errors";
import { getCccConfig } from "@/lib/ccc/server";
import { pendingLeaseMs } from "@/lib/config/ccc-env";
import { type Db, getDb, type Json } from "@/lib/db";
import { doNotCallFailure } from "@/lib/do-not-call/suppress.server";
import { runOnce } from "@/lib/idempotency/run-once";
import type { CampaignFailure } from "./campaign-failure";
import { createFailure, replayFailure } from "./create-errors";
import type { WireToForm } from "./wire-fields";

export interface CreateOnceSpec<W extends string, F extends string> {
  action: "CreateAgentCruiseDialingCampaign" | "CreatePredictiveDialingCampaign";
  /** CCC's request (what the key's hash is taken over), with the callees the do-not-call list is checked against. */
  request: { SdkAppId: number; Callees: readonly string[] };
  idempotencyKey: string;
  user: AuditActor;
  /** What the audit row says: settings, and counts only for lists. */
  summary: Record<string, Json>;
  /** Where CCC's field errors land on this kind's form. */
  errorFields: WireToForm<W, F> & { readonly Callees: F | null };
  /** The CCC call itself (run at most once per key). */
  send: () => Promise<{ CampaignId: number; RequestId: string }>;
}

export type CreateOnceResult<F extends string> =
  | { ok: true; db: Db; campaignId: number; requestId: string; replayed: boolean }
  | { ok: false; failure: CampaignFailure<F> };

export async function createOnce<W extends string, F extends string>(
  spec: CreateOnceSpec<W, F>,
): Promise<CreateOnceResult<F>> {
  const { action, request, user, summary } = spec;
  const listed = await doNotCallFailure(request.SdkAppId, request.Callees);
  if (listed) return { ok: false, failure: listed };
  const db = await getDb();
  let outcome: Awaited<ReturnType<typeof runOnce<{ CampaignId: number; RequestId: string }>>>;
  try {
    outcome = await runOnce(
      {
        db,
        key: spec.idempotencyKey,
        userId: user.id,
        action,
        sdkAppId: request.SdkAppId,
        request,
        leaseMs: pendingLeaseMs(getCccConfig()),
      },
      async () => {
        const response = await withAudit({ user, action, sdkAppId: request.SdkAppId, summary }, spec.send);
        return { CampaignId: response.CampaignId, RequestId: response.RequestId };
      },
    );
  } catch (error) {
    if (isCccError(error)) return { ok: false, failure: createFailure(error, spec.errorFields) };
    throw error;
  }
  if (outcome.status !== "done") return { ok: false, failure: replayFailure(outcome) };
  const { CampaignId: campaignId, RequestId: requestId } = outcome.result;
  return { ok: true, db, campaignId, requestId, replayed: outcome.replayed };
}
