/** Every CCC action the registry knows has exactly one handler here (the type makes a missing one a compile error). */
import type { CccActionName } from "../../lib/ccc/actions";
import { agentCruiseHandlers } from "./agent-cruise";
import { callRecordHandlers } from "./call-records";
import { directoryHandlers } from "./directory";
import { liveMetricsHandlers } from "./live-metrics";
import { predictiveHandlers } from "./predictive";
import type { HandlerContext, HandlerMap } from "./types";

export const handlers: HandlerMap<CccActionName> = {
  ...predictiveHandlers,
  ...agentCruiseHandlers,
  ...directoryHandlers,
  ...callRecordHandlers,
  ...liveMetricsHandlers,
};

/** Runs the handler for an action whose request has already been validated against the same action's schema. */
export function runHandler(action: CccActionName, ctx: HandlerContext, request: unknown): object {
  const handler = handlers[action] as (ctx: HandlerContext, request: unknown) => object;
  return handler(ctx, request);
}

export type { HandlerContext } from "./types";
