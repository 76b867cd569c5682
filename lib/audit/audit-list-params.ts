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

export const ZAuditListParams = z.object({
  user: z.preprocess(blankToUndefined, z.uuid().optional().catch(undefined)),
  campaign: z.preprocess(
    blankToUndefined,
    z.coerce
      .number()
      .int()
      .positive()
      .max(2 ** 53)
      .optional()
      .catch(undefined),
  ),
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
    sdkAppIds,
    from: params.from ? startOfZonedDay(params.from, timeZone) : undefined,
    // "to" is inclusive for the user: everything before the next day starts.
    to: params.to ? startOfZonedDay(nextDay(params.to), timeZone) : undefined,
  };
}

/** The URL of a page of the audit list, keeping the filters. */
export function auditListHref(params: TAuditListParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["user", "campaign", "action", "from", "to"] as const) {
    const value = params[key];
    if (value !== undefined) query.set(key, String(value));
  }
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/audit?${search}` : "/audit";
}
