/**
 * At most one CCC call per idempotency key. Create forms generate a key when they open and send it with every
 * submission; a double click, a browser retry or a second tab then replays the first answer instead of making a
 * second campaign.
 *
 * The key is recorded as pending BEFORE CCC is called (lib/db/idempotency.ts), so two submissions racing each other
 * see exactly one "new". After a definite refusal from CCC (nothing was created) the form should send a fresh key
 * with the corrected input: the old key stays bound to the payload it was first used with.
 */
import { isCccError, whetherChanged } from "@/lib/ccc/errors";
import {
  beginIdempotentRequest,
  completeIdempotentRequest,
  type Db,
  failIdempotentRequest,
  hashRequest,
  type Json,
} from "@/lib/db";

export interface RunOnceInput {
  db: Db;
  key: string;
  userId: string;
  /** The CCC action, e.g. "CreateAgentCruiseDialingCampaign". */
  action: string;
  sdkAppId: number;
  /** What is sent to CCC; the same key with another request is refused as a mismatch. */
  request: unknown;
  /** After this long a pending key is taken as abandoned by a dead process and answered "unknown" (see lib/db). */
  leaseMs?: number;
}

export type RunOnceOutcome<T> =
  /** `replayed`: an earlier submission with this key got this answer; CCC was not called again. */
  | { status: "done"; result: T; replayed: boolean }
  /** Another submission with this key is still waiting for CCC. */
  | { status: "in_progress"; since: Date }
  /** An earlier submission failed; `unknown` means CCC may or may not have created the campaign. */
  | { status: "failed"; outcome: "failed" | "unknown"; errorCode: string | null }
  | { status: "mismatch" };

/**
 * Calls `call` only when this key is new. A CccError (or any error) from the first call is recorded against the key
 * and re-thrown, so the caller maps it to form errors and the audit trail as usual.
 */
export async function runOnce<T extends Json>(input: RunOnceInput, call: () => Promise<T>): Promise<RunOnceOutcome<T>> {
  const { db, key, request, ...owner } = input;
  const started = await beginIdempotentRequest(db, { key, ...owner, requestHash: hashRequest(request) });
  switch (started.status) {
    case "pending":
      return { status: "in_progress", since: started.since };
    case "mismatch":
      return { status: "mismatch" };
    case "done":
      return started.state === "succeeded"
        ? { status: "done", result: started.result as T, replayed: true }
        : { status: "failed", outcome: started.state, errorCode: started.errorCode };
    case "new":
      break;
  }

  let result: T;
  try {
    result = await call();
  } catch (error) {
    // A CCC refusal, or a connection that never opened (kind "network"), means nothing was created. A timeout after
    // sending (kind "ambiguous"), a gateway's 5xx or an unreadable reply (whetherChanged: "unknown") or an unexpected
    // exception may have reached CCC: recorded as unknown, so the same key is never sent again.
    const definite = isCccError(error) && whetherChanged(error) === "no";
    const code = isCccError(error) ? error.code : "internal";
    await failIdempotentRequest(db, key, code, definite ? "failed" : "unknown");
    throw error;
  }
  await completeIdempotentRequest(db, key, result);
  return { status: "done", result, replayed: false };
}
