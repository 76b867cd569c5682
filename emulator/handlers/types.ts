import type { CccActionName, CccResponse } from "../../lib/ccc/actions";
import type { EmulatorStore } from "../state/store";
import type { CccParsedRequest } from "../validate-request";

export interface HandlerContext {
  store: EmulatorStore;
  /** Campaign time, Unix seconds, fixed for the whole request. */
  now: number;
  /** Most callees a campaign may have (LimitExceeded.OutOfCountLimit above it). */
  maxCallees: number;
}

/** Handles one validated request; returns the reply without RequestId, or throws a CccError. */
export type Handler<A extends CccActionName> = (
  ctx: HandlerContext,
  req: CccParsedRequest<A>,
) => Omit<CccResponse<A>, "RequestId">;

export type HandlerMap<K extends CccActionName> = { [A in K]: Handler<A> };

/** One page of a list; PageNumber counts from 0 as in CCC. */
export function paginate<T>(items: readonly T[], pageNumber = 0, pageSize = 20): T[] {
  return items.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize);
}

export const includesIgnoringCase = (haystack: string, needle: string) =>
  haystack.toLowerCase().includes(needle.toLowerCase());
