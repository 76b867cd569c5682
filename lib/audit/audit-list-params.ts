/**
 * The audit page's filters, read from the URL. Bad or hostile values fall back to "no filter" instead of failing
 * the page; dates are calendar days in the viewer's time zone.
 */
import { z } from "zod";
import type { AuditFilter } from "@/lib/db/audit";
import { nextDay, startOfZonedDay } from "@/lib/time/zoned";

export const AUDIT_PAGE_SIZE = 25;

type SearchParamValue = string | string[] | undefined;
const first = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const ZDay = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    .optional()
    .catch(undefined),
);

const ZPositiveId = z.preprocess(
  blankToUndefined,
  z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional()
    .catch(undefined),
);

export const ZAuditListParams = z.object({
  user: z.preprocess(blankToUndefined, z.uuid().optional().catch(undefined)),
  app: ZPositiveId,
  campaign: ZPositiveId,
  action: z.preprocess(blankToUndefined, z.string().trim().max(100).optional().catch(undefined)),
  from: ZDay,
  to: ZDay,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TAuditListParams = z.infer<typeof ZAuditListParams>;

export function parseAuditListParams(searchParams: Record<string, SearchParamValue>): TAuditListParams {
  const raw = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, first(value)]));
  return ZAuditListParams.parse({ ...raw, page: raw.page ?? 1 });
}

/** The app filter within the viewer's scope: an app outside it matches nothing rather than widening the scope. */
function appScope(app: number | undefined, scope: readonly number[] | undefined): readonly number[] | undefined {
  if (app === undefined) return scope;
  return scope === undefined || scope.includes(app) ? [app] : [];
}

/** The database filter for these params; `sdkAppIds` limits the rows to the viewer's apps (undefined: all). */
export function auditFilterFor(
  params: TAuditListParams,
  timeZone: string,
  sdkAppIds: readonly number[] | undefined,
): AuditFilter {
  return {
    userId: params.user,
    campaignId: params.campaign,
    action: params.action,
    sdkAppIds: appScope(params.app, sdkAppIds),
    from: params.from ? startOfZonedDay(params.from, timeZone) : undefined,
    // "to" is inclusive for the user: everything before the next day starts.
    to: params.to ? startOfZonedDay(nextDay(params.to), timeZone) : undefined,
  };
}

export const AUDIT_FILTER_KEYS = ["user", "app", "campaign", "action", "from", "to"] as const;

/** The filters as a query string (no page), for the list's links and the CSV export. */
export function auditFilterQuery(params: TAuditListParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params[key];
    if (value !== undefined) query.set(key, String(value));
  }
  return query;
}

/** The URL of a page of the audit list, keeping the filters. */
export function auditListHref(params: TAuditListParams, page: number): string {
  const query = auditFilterQuery(params);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/audit?${search}` : "/audit";
}
