import "server-only";
import type { CallerNumbersResponse } from "@/lib/callees/caller-numbers";
import type { TCallerNumber } from "@/lib/ccc/actions/directory";

/** DescribeNumbers' largest page. */
export const NUMBERS_PAGE_SIZE = 100;
/** Stop after this many pages (10,000 numbers): a guard against a TotalCount that never adds up. */
export const MAX_NUMBER_PAGES = 100;

export interface NumbersSource {
  describeNumbers(request: {
    SdkAppId: number;
    PageNumber: number;
    PageSize: number;
  }): Promise<{ TotalCount: number; Numbers: TCallerNumber[] }>;
}

/** Every number of the app, all pages (PageNumber starts at 0), in CCC's order. */
export async function listAllNumbers(ccc: NumbersSource, sdkAppId: number): Promise<CallerNumbersResponse> {
  const numbers: CallerNumbersResponse["numbers"] = [];
  let total = 0;
  for (let page = 0; page < MAX_NUMBER_PAGES; page++) {
    const response = await ccc.describeNumbers({ SdkAppId: sdkAppId, PageNumber: page, PageSize: NUMBERS_PAGE_SIZE });
    total = response.TotalCount;
    for (const n of response.Numbers) {
      numbers.push(
        n.CostType == null
          ? { number: n.Number, state: n.State }
          : { number: n.Number, state: n.State, costType: n.CostType },
      );
    }
    if (response.Numbers.length < NUMBERS_PAGE_SIZE || numbers.length >= total) break;
  }
  return { numbers, total };
}
