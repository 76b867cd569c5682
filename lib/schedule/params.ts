/**
 * The schedule page's URL: `?app=` (one of the viewer's apps, else the first), `?view=day|week`, `?date=YYYY-MM-DD`
 * (a calendar day in the viewer's zone, else today). Bad values fall back instead of failing the page.
 */
import { z } from "zod";

export const SCHEDULE_VIEWS = ["day", "week"] as const;
export type ScheduleView = (typeof SCHEDULE_VIEWS)[number];

export interface ScheduleParams {
  sdkAppId: number;
  view: ScheduleView;
  date: string;
}

type SearchParamValue = string | string[] | undefined;
const first = (value: SearchParamValue) => (Array.isArray(value) ? value[0] : value);

const ZApp = z.coerce.number().int().positive().optional().catch(undefined);
const ZView = z.enum(SCHEDULE_VIEWS).catch("day");
const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day))
  .optional()
  .catch(undefined);

/** Today's calendar day in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The params, or null when the viewer has no app to show. */
export function parseScheduleParams(
  searchParams: Record<string, SearchParamValue>,
  apps: readonly number[],
  timeZone: string,
  now: Date = new Date(),
): ScheduleParams | null {
  const app = ZApp.parse(first(searchParams.app));
  const sdkAppId = app !== undefined && apps.includes(app) ? app : apps[0];
  if (sdkAppId === undefined) return null;
  return {
    sdkAppId,
    view: ZView.parse(first(searchParams.view)),
    date: ZDate.parse(first(searchParams.date)) ?? todayIn(timeZone, now),
  };
}

export function scheduleHref(params: ScheduleParams): string {
  const query = new URLSearchParams({ app: String(params.sdkAppId), view: params.view, date: params.date });
  return `/campaigns/schedule?${query.toString()}`;
}
