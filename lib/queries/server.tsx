/**
 * Server side of the read layer: a QueryClient per request (React cache), seeded with what the page's loader just
 * read, and handed to the browser with HydrationBoundary. The client components then read the same query keys
 * (from the factories) and poll from there: no initialData, no effect copying server data into the cache.
 */
import "server-only";
import { type DataTag, dehydrate, HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { cache } from "react";
import type { z } from "zod";
import type { FetchError } from "./fetch-json";
import { makeQueryClient } from "./query-client";

export const getServerQueryClient = cache(makeQueryClient);

/**
 * Puts a loader's result into this request's cache under a factory's key, parsed by the route's response schema so
 * the browser holds exactly what the route would have sent. `updatedAt`: when the data was read, if not just now.
 */
export function seedQuery<T>(
  options: { queryKey: DataTag<QueryKey, T, FetchError> },
  schema: z.ZodType<T>,
  data: unknown,
  updatedAt?: number,
): void {
  getServerQueryClient().setQueryData(options.queryKey, schema.parse(data), { updatedAt });
}

/** Wraps client components that read seeded queries. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getServerQueryClient())}>{children}</HydrationBoundary>;
}
