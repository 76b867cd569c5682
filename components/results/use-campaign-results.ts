"use client";

import { useQueries } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { type ResultsKind, resultsQueries } from "@/lib/queries/results";
import { bucketByTime, countOutcomes } from "@/lib/results/aggregate";

/**
 * Reads a campaign's results chunk after chunk (1,000 calls each, about 11 CCC requests): the next chunk is asked
 * only when the previous one arrived, so one viewer never queues more than one chunk's requests in the shared CCC
 * budget, and the counts, chart and table grow as the chunks come in. While the campaign runs, the newest chunk is
 * re-read (POLL_MS.resultsRunning): its new calls join the counts, and a chunk that filled up asks for the next.
 * This relies on CCC listing sessions (cruise: CDRs) oldest first, as the emulator does.
 */
export function useCampaignResults(kind: ResultsKind, sdkAppId: number, campaignId: number) {
  const [wanted, setWanted] = useState(1);
  const queries = useQueries({
    queries: Array.from({ length: wanted }, (_, chunk) =>
      resultsQueries.chunk(kind, sdkAppId, campaignId, chunk, chunk === wanted - 1),
    ),
  });
  const first = queries[0]?.data;
  // The most recently read chunk knows the latest total (a running campaign's grows).
  const newest = queries.reduce<(typeof queries)[number] | undefined>(
    (best, q) => (q.data && (!best || q.dataUpdatedAt > best.dataUpdatedAt) ? q : best),
    undefined,
  );
  const latest = newest?.data ?? first;
  const chunks = latest?.chunks ?? 0;
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
    total: latest?.total ?? 0,
    truncated: latest?.truncated ?? false,
    running: latest?.running ?? false,
    updatedAt: newest?.dataUpdatedAt ?? 0,
    chunks,
    loadedChunks,
    loading: !first && !failed,
    done: first !== undefined && loadedChunks >= chunks,
    error: failed?.error ?? null,
    retry: () => failed?.refetch(),
  };
}
