"use client";

import { useQuery } from "@tanstack/react-query";
import type { ActionError } from "@/lib/actions/action-error";
import type { CallerNumbersResponse } from "@/lib/callees/caller-numbers";

/** A failed load, with what support needs (CCC's code and RequestId when CCC refused). */
export class CallerNumbersError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly requestId?: string,
  ) {
    super(`caller numbers: ${status} ${code}`);
  }
}

async function fetchNumbers(sdkAppId: number, signal: AbortSignal): Promise<CallerNumbersResponse> {
  const response = await fetch(`/api/apps/${sdkAppId}/numbers`, { signal, headers: { accept: "application/json" } });
  if (response.ok) return (await response.json()) as CallerNumbersResponse;
  const body = (await response.json().catch(() => ({}))) as Partial<ActionError>;
  throw new CallerNumbersError(response.status, body.formError?.code ?? `http_${response.status}`, body.requestId);
}

/** The app's caller numbers through the console's route (the browser never talks to CCC). */
export function useCallerNumbers(sdkAppId: number | undefined) {
  return useQuery({
    queryKey: ["caller-numbers", sdkAppId],
    queryFn: ({ signal }) => fetchNumbers(sdkAppId as number, signal),
    enabled: sdkAppId !== undefined,
    staleTime: 60_000,
    // Refusals (401/403/400) will not change by retrying; CCC hiccups are retried by the server's client already.
    retry: false,
  });
}
