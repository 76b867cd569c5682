"use client";

import { useQueries } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { type ResultsKind, resultsQueries } from "@/lib/queries/results";
import { bucketByTime, countOutcomes } from "@/lib/results/aggregate";

/**
 * Reads a campaign's results chunk after chunk (1,000 calls each, about 11 CCC requests): the next chunk is asked
 * only when the previous one arrived, so one viewer never queues more than one chunk's requests in the shared CCC
 * budget, and the counts, chart and table grow as the chunks come in.
 */
export function useCampaignResults(kind: ResultsKind, sdkAppId: number, campaignId: number) {
  const [wanted, setWanted] = useState(1);
  const queries = useQueries({
    queries: Array.from({ length: wanted }, (_, chunk) => resultsQueries.chunk(kind, sdkAppId, campaignId, chunk)),
  });
  const first = queries[0]?.data;
  const chunks = first?.chunks ?? 0;
  const loadedChunks =
    queries.findIndex((q) => !q.isSuccess) === -1 ? queries.length : queries.findIndex((q) => !q.isSuccess);
  const failed = queries.find((q) => q.isError);

  useEffect(() => {
    if (loadedChunks === wanted && wanted < chunks) setWanted(wanted + 1);
  }, [loadedChunks, wanted, chunks]);

  const dataKey = queries.map((q) => q.dataUpdatedAt).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when any chunk's data changes (dataKey)
  const calls = useMemo(() => queries.flatMap((q) => q.data?.calls ?? []), [dataKey]);
  const counts = useMemo(() => countOutcomes(calls), [calls]);
  const series = useMemo(() => bucketByTime(calls), [calls]);

  return {
    calls,
    counts,
    series,
    total: first?.total ?? 0,
    truncated: first?.truncated ?? false,
    chunks,
    loadedChunks,
    loading: !first && !failed,
    done: first !== undefined && loadedChunks >= chunks,
    error: failed?.error ?? null,
    retry: () => failed?.refetch(),
  };
}
