/**
 * What the results routes do once withRoute has checked the session, role, segments and app: read a chunk for the
 * results tab, or start a CSV export — audited before the first byte leaves, with callee numbers only for roles
 * holding `callee:read`.
 */
import "server-only";
import { notFoundRefusal } from "@/lib/api/guard";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { isCccError } from "@/lib/ccc/errors";
import { getCccClient } from "@/lib/ccc/server";
import { appendAuditEvent, getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { csvExportStream } from "./export-csv";
import { type CallPlan, type CampaignRef, planCalls } from "./fetch-calls";
import { loadResultsChunk, type ResultsChunk } from "./load-chunk";

const log = logger.child({ module: "results" });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A campaign CCC does not know is a 404, like the campaign pages. */
async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isCccError(error) && error.code === "ResourceNotFound") throw notFoundRefusal();
    throw error;
  }
}

export function resultsChunk(ref: CampaignRef, chunk: number, user: SessionUser, signal: AbortSignal) {
  const showNumbers = can(user.role, "callee:read");
  return orNotFound<ResultsChunk>(() =>
    loadResultsChunk(getCccClient(), ref, chunk, { showNumbers, now: nowSeconds(), signal }),
  );
}

const fileName = (plan: CallPlan) =>
  `${plan.kind}-campaign-${plan.sdkAppId}-${plan.campaignId}-calls-${new Date().toISOString().slice(0, 10)}.csv`;

export async function exportResultsCsv(ref: CampaignRef, user: SessionUser): Promise<Response> {
  const client = getCccClient();
  const plan = await orNotFound(() => planCalls(client, ref, nowSeconds()));
  const showNumbers = can(user.role, "callee:read");
  // Recorded before any row leaves: if the trail cannot be written, nothing is exported (500).
  await appendAuditEvent(await getDb(), {
    userId: user.id,
    userEmail: user.email,
    action: "results.export",
    sdkAppId: ref.sdkAppId,
    campaignId: ref.campaignId,
    summary: { kind: ref.kind, format: "csv", numbers: showNumbers ? "full" : "masked" },
    outcome: "ok",
  });
  const stream = csvExportStream(client, plan, {
    showNumbers,
    onEnd: ({ rows, error, cancelled }) => {
      const fields = { ...ref, userId: user.id, rows };
      if (error) log.warn({ ...fields, code: isCccError(error) ? error.code : "internal" }, "results export failed");
      else log.info({ ...fields, cancelled: Boolean(cancelled) }, "results export ended");
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(plan)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
