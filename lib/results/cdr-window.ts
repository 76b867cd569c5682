/**
 * The CDR time windows to ask CCC for a campaign's calls. DescribeTelCdr reaches back at most 180 days and spans
 * less than 90 days per request, so a campaign's run [StartTime, EndTime] is cut to what CCC still has and split into
 * windows of at most 89 days. A day of margin on the 180 keeps clock differences with CCC from tipping a request over.
 */
import { TEL_CDR_MAX_AGE_SECONDS } from "@/lib/ccc/actions/call-records";

const DAY = 86_400;
export const CDR_WINDOW_SECONDS = 89 * DAY;

export interface CdrWindow {
  start: number;
  end: number;
}

export interface CampaignWindows {
  windows: CdrWindow[];
  /** True when the campaign began before CCC's 180 days: its earliest calls can no longer be read. */
  truncated: boolean;
}

/** Windows covering [startTime, endTime] as far as CCC keeps records, never more than a day past `now`. */
export function campaignWindows(startTime: number, endTime: number, now: number): CampaignWindows {
  const oldest = now - TEL_CDR_MAX_AGE_SECONDS + DAY;
  const start = Math.max(startTime, oldest);
  const end = Math.min(endTime, now + DAY);
  const windows: CdrWindow[] = [];
  for (let from = start; from <= end; from += CDR_WINDOW_SECONDS) {
    windows.push({ start: from, end: Math.min(end, from + CDR_WINDOW_SECONDS - 1) });
  }
  return { windows, truncated: startTime < oldest };
}
