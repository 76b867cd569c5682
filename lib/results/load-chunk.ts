/**
 * One chunk of a campaign's results for the results tab: up to 1,000 calls (one sessions page and its ten CDR
 * requests, or ten CDR pages of a cruise campaign's window). The browser asks for chunks one after another, counts
 * outcomes and draws the progress bar from `chunk / chunks`; each request stays short (about 11 CCC calls).
 */
import type { CccClient } from "@/lib/ccc/client";
import { type TCallRow, toCallRow } from "./call-row";
import {
  type CallPlan,
  type CampaignRef,
  CDR_PAGE,
  cdrsForSessions,
  cruisePageCalls,
  cruisePages,
  planCalls,
  SESSIONS_PAGE,
  sessionPage,
} from "./fetch-calls";

export interface ResultsChunk {
  chunk: number;
  chunks: number;
  /** Sessions (predictive) or the window's outbound CDRs (cruise) the chunks cover. */
  total: number;
  truncated: boolean;
  calls: TCallRow[];
}

const CRUISE_PAGES_PER_CHUNK = SESSIONS_PAGE / CDR_PAGE;

export async function loadResultsChunk(
  client: CccClient,
  ref: CampaignRef,
  chunk: number,
  options: { showNumbers: boolean; now: number; signal?: AbortSignal },
): Promise<ResultsChunk> {
  const plan = await planCalls(client, ref, options.now);
  const { total, cdrs } =
    ref.kind === "predictive"
      ? await predictiveChunk(client, plan, chunk, options.signal)
      : await cruiseChunk(client, plan, chunk, options.signal);
  return {
    chunk,
    chunks: Math.ceil(total / SESSIONS_PAGE),
    total,
    truncated: plan.truncated,
    calls: cdrs.map((cdr) => toCallRow(cdr, options.showNumbers)),
  };
}

async function predictiveChunk(client: CccClient, plan: CallPlan, chunk: number, signal?: AbortSignal) {
  const { total, ids } = await sessionPage(client, plan, chunk, signal);
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += CDR_PAGE) batches.push(ids.slice(i, i + CDR_PAGE));
  // All ten at once: the limiter spaces them, and the chunk is answered as soon as the last one is.
  const answers = await Promise.all(batches.map((batch) => cdrsForSessions(client, plan, batch, signal)));
  return { total, cdrs: answers.flat() };
}

async function cruiseChunk(client: CccClient, plan: CallPlan, chunk: number, signal?: AbortSignal) {
  const { pages, total } = await cruisePages(client, plan, signal);
  const mine = pages.slice(chunk * CRUISE_PAGES_PER_CHUNK, (chunk + 1) * CRUISE_PAGES_PER_CHUNK);
  const answers = await Promise.all(mine.map((at) => cruisePageCalls(client, plan, at, signal)));
  return { total, cdrs: answers.flat() };
}
