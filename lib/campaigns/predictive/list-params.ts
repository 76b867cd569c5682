import { z } from "zod";
import { type PredictiveStatus, predictiveStatuses } from "./campaign-row";

/** CCC allows up to 100; 20 keeps the table scannable without scrolling far. */
export const PREDICTIVE_PAGE_SIZE = 20;

type SearchParamValue = string | string[] | undefined;

const first = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);

// Bad or hostile values fall back to defaults instead of failing the page: these come straight from the URL.
const ZPage = z.coerce.number().int().min(1).max(1_000_000).catch(1);
const ZAppId = z.coerce.number().int().positive().optional().catch(undefined);
const ZSkillGroup = z.coerce.number().int().positive().optional().catch(undefined);
const ZStatus = z.enum(predictiveStatuses).optional().catch(undefined);
// CCC matches Name as a keyword; 100 characters is longer than any campaign name the console allows.
const ZName = z.string().trim().max(100).optional().catch(undefined);

/** The list's filters, all optional; they live in the URL so links and back/forward keep them. */
export interface PredictiveListFilters {
  /** Name keyword (CCC's Name filter). */
  name?: string;
  skillGroupId?: number;
  status?: PredictiveStatus;
}

export interface PredictiveListParams extends PredictiveListFilters {
  sdkAppId: number;
  /** 1-based, as shown in the URL (`?page=2`); CCC's PageNumber is this minus one. */
  page: number;
}

/**
 * Reads `?app=`, `?page=`, `?q=`, `?group=` and `?status=`. `allowedAppIds` are the apps this user may see
 * (configured ∩ granted, see lib/auth/roles.ts visibleAppIds). Any other app falls back to the first allowed one,
 * so a stale bookmark still opens a working page and a hand-edited URL never shows another app. Null when the user
 * has no app. Absent filters are left out of the result, so two equal filter sets compare equal.
 */
export function parsePredictiveListParams(
  searchParams: Record<string, SearchParamValue>,
  allowedAppIds: readonly number[],
): PredictiveListParams | null {
  const fallback = allowedAppIds[0];
  if (fallback === undefined) return null;
  const requested = ZAppId.parse(first(searchParams.app));
  const sdkAppId = requested !== undefined && allowedAppIds.includes(requested) ? requested : fallback;
  const params: PredictiveListParams = { sdkAppId, page: ZPage.parse(first(searchParams.page) ?? 1) };
  const name = ZName.parse(first(searchParams.q));
  if (name) params.name = name;
  const skillGroupId = ZSkillGroup.parse(first(searchParams.group));
  if (skillGroupId !== undefined) params.skillGroupId = skillGroupId;
  const status = ZStatus.parse(first(searchParams.status));
  if (status) params.status = status;
  return params;
}

/** The URL query of a list page (without "?"), keeping the app and the filters. */
export function predictiveListQuery(sdkAppId: number, page: number, filters: PredictiveListFilters = {}): string {
  const query = new URLSearchParams({ app: String(sdkAppId) });
  if (filters.name) query.set("q", filters.name);
  if (filters.skillGroupId !== undefined) query.set("group", String(filters.skillGroupId));
  if (filters.status) query.set("status", filters.status);
  if (page > 1) query.set("page", String(page));
  return query.toString();
}

/** The URL of a page of the list, keeping the selected app and filters. */
export function predictiveListHref(sdkAppId: number, page: number, filters: PredictiveListFilters = {}): string {
  return `/campaigns/predictive?${predictiveListQuery(sdkAppId, page, filters)}`;
}
