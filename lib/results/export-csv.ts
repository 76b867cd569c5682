/**
 * The streamed CSV export of a campaign's calls. Rows leave in batches of at most 100 as CCC answers: the stream
 * pulls the next batch only when the client has taken the last (ReadableStream back-pressure), and at most
 * EXPORT_CONCURRENCY CDR requests are in flight, so memory stays flat however many calls the campaign made.
 * Cancelling the download aborts the CCC requests still waiting.
 */
import Papa from "papaparse";
import type { TTelCdr } from "@/lib/ccc/actions/call-records";
import type { CccClient } from "@/lib/ccc/client";
import { calleeOf, maskNumber } from "./call-row";
import { endStatusString, outcomeOf } from "./end-status";
import {
  type CallPlan,
  cdrsForSessions,
  cruisePageCalls,
  cruisePages,
  SESSIONS_PAGE,
  sessionPage,
} from "./fetch-calls";
import { orderedPool } from "./ordered-pool";

/** CDR requests in flight: enough that one always waits for the limiter's next slot. */
export const EXPORT_CONCURRENCY = 4;

export const CSV_COLUMNS = [
  "session_id",
  "callee",
  "caller",
  "started_at_utc",
  "outcome",
  "end_status",
  "end_status_string",
  "ring_seconds",
  "duration_seconds",
  "agent",
  "skill_group",
  "hung_up_side",
  "uui",
  "record_url",
] as const;

/** Formula injection: a cell starting =, @, tab or CR, or +/- not followed by digits only, gets a leading '. */
const FORMULA = /^[=@\t\r]|^[+-](?!\d+$)/;

const iso = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000).toISOString() : "");

function csvRow(cdr: TTelCdr, showNumbers: boolean): string[] {
  const callee = calleeOf(cdr);
  const caller = cdr.Caller || cdr.ProtectedCaller || "";
  const ring = cdr.RingTimestamp && cdr.AcceptTimestamp ? cdr.AcceptTimestamp - cdr.RingTimestamp : 0;
  return [
    cdr.SessionId ?? "",
    showNumbers ? callee : maskNumber(callee),
    caller,
    iso(cdr.StartTimestamp || cdr.Time),
    outcomeOf(cdr.EndStatus),
    String(cdr.EndStatus ?? ""),
    cdr.EndStatusString || (cdr.EndStatus ? endStatusString(cdr.EndStatus) : ""),
    String(Math.max(0, ring)),
    String(cdr.Duration ?? 0),
    cdr.SeatUser?.Mail ?? "",
    cdr.SkillGroup ?? "",
    cdr.HungUpSide ?? "",
    // Caller-defined data and recordings can identify the callee: only for roles that may see numbers.
    showNumbers ? (cdr.UUI ?? "") : "",
    showNumbers ? (cdr.RecordURL ?? "") : "",
  ];
}

export const toCsv = (rows: string[][]) =>
  `${Papa.unparse(rows, { header: false, newline: "\r\n", escapeFormulae: FORMULA })}\r\n`;

/** Batches of predictive CDRs in session order: sessions pages are read one ahead of the CDR requests. */
async function* predictiveBatches(client: CccClient, plan: CallPlan, signal: AbortSignal) {
  async function* tasks() {
    let next = sessionPage(client, plan, 0, signal);
    for (let page = 0; ; page++) {
      const { total, ids } = await next;
      const more = (page + 1) * SESSIONS_PAGE < total && ids.length > 0;
      if (more) next = sessionPage(client, plan, page + 1, signal);
      for (let i = 0; i < ids.length; i += 100) {
        const batch = ids.slice(i, i + 100);
        yield () => cdrsForSessions(client, plan, batch, signal);
      }
      if (!more) return;
    }
  }
  yield* orderedPool(tasks(), EXPORT_CONCURRENCY);
}

async function* cruiseBatches(client: CccClient, plan: CallPlan, signal: AbortSignal) {
  const { pages } = await cruisePages(client, plan, signal);
  async function* tasks() {
    for (const at of pages) yield () => cruisePageCalls(client, plan, at, signal);
  }
  yield* orderedPool(tasks(), EXPORT_CONCURRENCY);
}

export interface ExportOutcome {
  rows: number;
  error?: unknown;
  cancelled?: boolean;
}

/** The CSV as a byte stream: a header line, then one line per call. `onEnd` learns how it ended. */
export function csvExportStream(
  client: CccClient,
  plan: CallPlan,
  options: { showNumbers: boolean; onEnd?: (outcome: ExportOutcome) => void },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const abort = new AbortController();
  const batches =
    plan.kind === "predictive"
      ? predictiveBatches(client, plan, abort.signal)
      : cruiseBatches(client, plan, abort.signal);
  let rows = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the UTF-8 names right.
      controller.enqueue(encoder.encode(`\uFEFF${toCsv([[...CSV_COLUMNS]])}`));
    },
    async pull(controller) {
      try {
        // Until something is enqueued: a pull that enqueues nothing is not called again, and the reader would hang
        // (a cruise page can hold none of the campaign's calls).
        for (;;) {
          const next = await batches.next();
          if (next.done) {
            controller.close();
            options.onEnd?.({ rows });
            return;
          }
          if (next.value.length === 0) continue;
          rows += next.value.length;
          controller.enqueue(encoder.encode(toCsv(next.value.map((cdr) => csvRow(cdr, options.showNumbers)))));
          return;
        }
      } catch (error) {
        options.onEnd?.({ rows, error });
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      await batches.return(undefined).catch(() => {});
      options.onEnd?.({ rows, cancelled: true });
    },
  });
}
