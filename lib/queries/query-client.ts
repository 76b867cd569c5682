/**
 * One QueryClient factory (midday's trpc/query-client.ts pattern). Server components get a per-request client from
 * lib/queries/server.tsx; the browser keeps one per tab (getQueryClient), so a server render never shares a cache.
 */
import { isServer, QueryClient } from "@tanstack/react-query";
import { FetchError } from "./fetch-json";

/** Retry only when no answer came back: a refusal will not change, and the server already retried CCC. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof FetchError && error.status === 0;
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Polled queries set their own staleTime and focus refetch (lib/queries/polling.ts).
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: shouldRetry },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** The tab's client in the browser; a fresh one per call while rendering on the server. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
