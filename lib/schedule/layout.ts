/**
 * The schedule at a glance, computed: which campaigns fall in the chosen day or week, where each bar starts and ends
 * (as fractions of the window, clipped at its edges), how far each has got, how long a pending one stays editable,
 * and which ones overlap another on the same skill group or agent. Pure and browser-safe; the SVG and the table
 * render the same result.
 */
import { startOfZonedDay } from "@/lib/time/zoned";

export const SCHEDULE_STATUSES = ["pending", "running", "paused", "finished", "aborted"] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** What a campaign occupies: predictive campaigns ring a skill group, cruise campaigns one agent. */
export type ScheduleResource = { type: "skillGroup"; id: number; name: string | null } | { type: "agent"; id: string };

export interface ScheduleCampaign {
  kind: "predictive" | "cruise";
  sdkAppId: number;
  campaignId: number;
  name: string;
  status: ScheduleStatus;
  /** Unix seconds. */
  startTime: number;
  endTime: number;
  /** Callees done of all; null when CCC did not say. */
  progress: { done: number; total: number } | null;
  resource: ScheduleResource;
}

export interface ScheduleWindow {
  view: "day" | "week";
  /** The first calendar day shown (YYYY-MM-DD, in the viewer's zone). */
  day: string;
  /** Unix seconds, [start, end). */
  start: number;
  end: number;
}

export interface ScheduleBar {
  campaign: ScheduleCampaign;
  /** Unique across kinds: "predictive:12". */
  key: string;
  /** Position in the window, 0…1, clipped at its edges. */
  from: number;
  to: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  /** Done share of the callees, 0…1; null when unknown. */
  progress: number | null;
  /** A pending predictive campaign accepts edits until it starts (Unix seconds); null for any other. */
  editableUntil: number | null;
  /** The other bars (keys) on the same skill group or agent whose time overlaps this one. */
  overlaps: string[];
}

export interface ScheduleGroup {
  resource: ScheduleResource;
  bars: ScheduleBar[];
}

export interface ScheduleLayout {
  window: ScheduleWindow;
  groups: ScheduleGroup[];
  /** The "now" line, 0…1; null when now is outside the window. */
  now: number | null;
  /** How many bars overlap another. */
  overlapCount: number;
}

/** Adds days to a calendar day (UTC arithmetic: a calendar day has no zone). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Monday of the week containing `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The window of a day, or of the Monday-to-Sunday week containing `day`, in `timeZone` (DST-aware). */
export function scheduleWindow(view: "day" | "week", day: string, timeZone: string): ScheduleWindow {
  const first = view === "week" ? mondayOf(day) : day;
  const last = addDays(first, view === "week" ? 7 : 1);
  return {
    view,
    day: first,
    start: startOfZonedDay(first, timeZone).getTime() / 1000,
    end: startOfZonedDay(last, timeZone).getTime() / 1000,
  };
}

const resourceKey = (resource: ScheduleResource) => `${resource.type}:${resource.id}`;
const barKey = (campaign: ScheduleCampaign) => `${campaign.kind}:${campaign.sdkAppId}:${campaign.campaignId}`;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

function toBar(campaign: ScheduleCampaign, window: ScheduleWindow, nowSeconds: number): ScheduleBar {
  const span = window.end - window.start;
  const { progress } = campaign;
  const editable = campaign.kind === "predictive" && campaign.status === "pending" && campaign.startTime > nowSeconds;
  return {
    campaign,
    key: barKey(campaign),
    from: clamp((campaign.startTime - window.start) / span),
    to: clamp((campaign.endTime - window.start) / span),
    clippedStart: campaign.startTime < window.start,
    clippedEnd: campaign.endTime > window.end,
    progress: progress && progress.total > 0 ? clamp(progress.done / progress.total) : null,
    editableUntil: editable ? campaign.startTime : null,
    overlaps: [],
  };
}

/** Aborted campaigns no longer use their resource; every other one does for its whole planned time. */
const occupies = (campaign: ScheduleCampaign) => campaign.status !== "aborted";

/** Marks, within one resource's bars, each pair whose [start, end) times intersect. */
function markOverlaps(bars: ScheduleBar[]): void {
  const active = bars.filter((bar) => occupies(bar.campaign));
  for (let i = 0; i < active.length; i++) {
    for (let j = i + 1; j < active.length; j++) {
      const a = active[i];
      const b = active[j];
      if (!a || !b) continue;
      if (a.campaign.startTime < b.campaign.endTime && b.campaign.startTime < a.campaign.endTime) {
        a.overlaps.push(b.key);
        b.overlaps.push(a.key);
      }
    }
  }
}

/**
 * Lays out the campaigns that touch the window: grouped by skill group or agent (groups in order of their first
 * start), each group's bars by start time; overlaps are judged on the campaigns' whole times, among those shown.
 */
export function layoutSchedule(
  campaigns: readonly ScheduleCampaign[],
  window: ScheduleWindow,
  nowSeconds: number,
): ScheduleLayout {
  const inWindow = (campaign: ScheduleCampaign) => campaign.startTime < window.end && campaign.endTime > window.start;
  const sorted = campaigns.filter(inWindow).sort((a, b) => a.startTime - b.startTime || a.campaignId - b.campaignId);
  const byResource = new Map<string, ScheduleGroup>();
  for (const campaign of sorted) {
    const key = resourceKey(campaign.resource);
    const group = byResource.get(key) ?? { resource: campaign.resource, bars: [] };
    group.bars.push(toBar(campaign, window, nowSeconds));
    byResource.set(key, group);
  }
  const groups = [...byResource.values()];
  for (const group of groups) markOverlaps(group.bars);
  const now =
    nowSeconds >= window.start && nowSeconds < window.end
      ? (nowSeconds - window.start) / (window.end - window.start)
      : null;
  const overlapCount = groups.reduce(
    (sum, group) => sum + group.bars.filter((bar) => bar.overlaps.length > 0).length,
    0,
  );
  return { window, groups, now, overlapCount };
}

/** Tick marks for the window's axis: every 3 hours for a day, every day for a week (Unix seconds). */
export function scheduleTicks(window: ScheduleWindow, timeZone: string): number[] {
  if (window.view === "week") {
    return Array.from(
      { length: 7 },
      (_, index) => startOfZonedDay(addDays(window.day, index), timeZone).getTime() / 1000,
    );
  }
  // Every 3 hours of wall-clock time from the day's start; on a DST day the real span is 23 or 25 hours.
  const ticks: number[] = [];
  for (let t = window.start; t < window.end; t += 3 * 3600) ticks.push(t);
  return ticks;
}
