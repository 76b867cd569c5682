/** The results tab's reads: response schema and query factory (the only place its query keys are spelled). */
import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { ZCallRow } from "@/lib/results/call-row";
import { fetchJson } from "./fetch-json";

export type ResultsKind = "predictive" | "cruise";

export const ZResultsChunkBody = z.object({
  chunk: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  truncated: z.boolean(),
  calls: z.array(ZCallRow),
});
export type TResultsChunkBody = z.infer<typeof ZResultsChunkBody>;

/** `/api/apps/…/{kind}-campaigns/…/results` without the query: the CSV export sits beside it. */
export const resultsPath = (kind: ResultsKind, sdkAppId: number, campaignId: number) =>
  `/api/apps/${sdkAppId}/${kind}-campaigns/${campaignId}/results`;

export const resultsQueries = {
  all: () => ["campaign-results"] as const,
  /** One chunk of up to 1,000 calls. Results of the past do not change: fetched once per visit, never polled. */
  chunk: (kind: ResultsKind, sdkAppId: number, campaignId: number, chunk: number) =>
    queryOptions({
      queryKey: ["campaign-results", kind, sdkAppId, campaignId, chunk] as const,
      queryFn: ({ signal }) =>
        fetchJson(`${resultsPath(kind, sdkAppId, campaignId)}?chunk=${chunk}`, ZResultsChunkBody, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
      refetchOnWindowFocus: false,
    }),
};
