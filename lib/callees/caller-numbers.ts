/**
 * Caller numbers as the console's numbers route returns them (a slim view of DescribeNumbers). Pure types and
 * helpers shared by the route handler and the caller select.
 */

/** DescribeNumbers' State: 1 normal, 2 suspended for arrears, 4 disabled by admin, 5 disabled for violation. */
export type CallerNumberState = 1 | 2 | 4 | 5;

export interface CallerNumberOption {
  /** Exactly as CCC returns (and displays) it; sent back as-is in Callers. */
  number: string;
  state: CallerNumberState;
  /** 0 leased, 1 own number. */
  costType?: number;
}

/** Body of GET /api/apps/{sdkAppId}/numbers. */
export interface CallerNumbersResponse {
  numbers: CallerNumberOption[];
  total: number;
}

/** Only numbers in the normal state can place calls. */
export const isUsableCaller = (option: CallerNumberOption): boolean => option.state === 1;
