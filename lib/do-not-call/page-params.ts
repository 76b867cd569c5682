/**
 * The do-not-call page's URL: `?app=` (one of the user's apps, else their first), `q` (digits to search for) and
 * `page` (1-based). Anything unreadable falls back to the default rather than failing the page.
 */
export const DO_NOT_CALL_PAGE_SIZE = 50;
export const DO_NOT_CALL_PATH = "/do-not-call";

export interface DoNotCallParams {
  sdkAppId: number;
  search: string;
  page: number;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The page's params, or null when the user has no app to show. */
export function parseDoNotCallParams(
  raw: Record<string, string | string[] | undefined>,
  apps: readonly number[],
): DoNotCallParams | null {
  const requested = Number(first(raw.app));
  const sdkAppId = apps.includes(requested) ? requested : apps[0];
  if (sdkAppId === undefined) return null;
  const page = Number.parseInt(first(raw.page), 10);
  return {
    sdkAppId,
    search: first(raw.q).trim().slice(0, 40),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export function doNotCallHref(params: DoNotCallParams): string {
  const query = new URLSearchParams({ app: String(params.sdkAppId) });
  if (params.search) query.set("q", params.search);
  if (params.page > 1) query.set("page", String(params.page));
  return `${DO_NOT_CALL_PATH}?${query.toString()}`;
}
