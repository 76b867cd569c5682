import type { ScheduleStatus } from "@/lib/schedule/layout";

/**
 * Bar colours by status, from the console's palette (app/globals.css) plus an amber for paused. The status is
 * also in each bar's name and in the table, so colour is never the only carrier (WCAG 1.4.1).
 */
export const STATUS_STYLE: Record<ScheduleStatus, { fill: string; progress: string; stroke: string; dash?: string }> = {
  pending: { fill: "#eef2fd", progress: "#c7d4f7", stroke: "#2453d6", dash: "4 3" },
  running: { fill: "#bfcff5", progress: "#2453d6", stroke: "#2453d6" },
  paused: { fill: "#fdecc8", progress: "#d08a0b", stroke: "#9a5b00" },
  finished: { fill: "#e4e4e7", progress: "#71717a", stroke: "#52525b" },
  aborted: { fill: "#fef3f2", progress: "#f4b4ae", stroke: "#b42318", dash: "2 2" },
};

export const OVERLAP_COLOR = "#b42318";
