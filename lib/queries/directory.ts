/** Query factories of an app's directory data shared by the campaign forms. */
import { queryOptions, skipToken } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { ZCallerNumbersBody } from "./schemas";

export const directoryQueries = {
  /** The app's caller numbers (the browser never talks to CCC); none until an app is chosen. */
  callerNumbers: (sdkAppId: number | undefined) =>
    queryOptions({
      queryKey: ["caller-numbers", sdkAppId] as const,
      queryFn:
        sdkAppId === undefined
          ? skipToken
          : ({ signal }) => fetchJson(`/api/apps/${sdkAppId}/numbers`, ZCallerNumbersBody, { signal }),
      staleTime: 60_000,
    }),
};
