import { z } from "zod";

/** CCC allows up to 100; 20 keeps the table scannable without scrolling far. */
export const PREDICTIVE_PAGE_SIZE = 20;

type SearchParamValue = string | string[] | undefined;

const first = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);

// Bad or hostile values fall back to defaults instead of failing the page: these come straight from the URL.
const ZPage = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const ZAppId = z.coerce.number().int().positive().optional().catch(undefined);

export interface PredictiveListParams {
  sdkAppId: number;
  /** 1-based, as shown in the URL (`?page=2`); CCC's PageNumber is this minus one. */
  page: number;
}

/**
 * Reads `?app=` and `?page=`. `allowedAppIds` are the apps this user may see (configured ∩ granted, see
 * lib/auth/roles.ts visibleAppIds). Any other app falls back to the first allowed one, so a stale bookmark still
 * opens a working page and a hand-edited URL never shows another app. Null when the user has no app.
 */
export function parsePredictiveListParams(
  searchParams: Record<string, SearchParamValue>,
  allowedAppIds: readonly number[],
): PredictiveListParams | null {
  const fallback = allowedAppIds[0];
  if (fallback === undefined) return null;
  const requested = ZAppId.parse(first(searchParams.app));
  const sdkAppId = requested !== undefined && allowedAppIds.includes(requested) ? requested : fallback;
  return { sdkAppId, page: ZPage.parse(first(searchParams.page) ?? 1) };
}

/** The URL of a page of the list, keeping the selected app. */
export function predictiveListHref(sdkAppId: number, page: number): string {
  const query = new URLSearchParams({ app: String(sdkAppId) });
  if (page > 1) query.set("page", String(page));
  return `/campaigns/predictive?${query.toString()}`;
}
