/** The results tab's reads: response schema and query factory (the only place its query keys are spelled). */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { ZCallRow } from "@/lib/results/call-row";
import { fetchJson } from "./fetch-json";
import { POLL_MS, polled } from "./polling";

export type ResultsKind = "predictive" | "cruise";

export const ZResultsChunkBody = z.object({
  chunk: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  truncated: z.boolean(),
  /** The campaign is still dialling: the tab re-reads its last chunk (POLL_MS.resultsRunning). */
  running: z.boolean(),
  calls: z.array(ZCallRow),
});
export type TResultsChunkBody = z.infer<typeof ZResultsChunkBody>;

/** `/api/apps/…/{kind}-campaigns/…/results` without the query: the CSV export sits beside it. */
export const resultsPath = (kind: ResultsKind, sdkAppId: number, campaignId: number) =>
  `/api/apps/${sdkAppId}/${kind}-campaigns/${campaignId}/results`;

export const resultsQueries = {
  all: () => ["campaign-results"] as const,
  /**
   * One chunk of up to 1,000 calls. Results of the past do not change: fetched once per visit. `last`: the newest
   * chunk, where a running campaign's new calls land; it is re-read every POLL_MS.resultsRunning while it runs.
   */
  chunk: (kind: ResultsKind, sdkAppId: number, campaignId: number, chunk: number, last = false) =>
    queryOptions({
      queryKey: ["campaign-results", kind, sdkAppId, campaignId, chunk] as const,
      queryFn: ({ signal }) =>
        fetchJson(`${resultsPath(kind, sdkAppId, campaignId)}?chunk=${chunk}`, ZResultsChunkBody, { signal }),
      ...(last
        ? polled<TResultsChunkBody>((data) => (data?.running ? POLL_MS.resultsRunning : false))
        : { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false }),
    }),
};
