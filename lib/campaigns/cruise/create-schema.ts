/**
 * The agent cruise create form's schema, shared by the browser (react-hook-form) and the server action. As in
 * lib/users/schemas.ts, messages are keys, not text: the cruise ones live under "CruiseForm.errors"
 * (messages/<locale>/cruise.json); the callee and caller keys come from lib/callees/form-schema.ts
 * ("CalleeList.errors").
 *
 * Time rules depend on "now", so the schema is built by a function: the form passes the browser's clock, the server
 * action its own, so a form left open past its start time is refused again on the server.
 */
import { z } from "zod";
import { calleesField, callersField } from "@/lib/callees/form-schema";
import { ZCreateAgentCruiseDialingCampaignRequest } from "@/lib/ccc/actions/agent-cruise";
import { ZSdkAppId, ZUui } from "@/lib/ccc/actions/common";
import { maxLengthOf, rangeOf } from "../wire-limits";
import { CRUISE_FORM_FIELDS, CRUISE_WIRE_NAMES, type CruiseFormField } from "./fields";

/**
 * CCC documents no length for Name; 64 characters keeps a name readable in CCC's admin portal and in our tables.
 * Checked on both sides, shown as a counter.
 */
export const CRUISE_NAME_MAX = 64;
/** CCC: "Caller Custom Data, Maximum Length 1024" (from the wire schema). */
export const CRUISE_UUI_MAX = maxLengthOf(ZUui);
/** CCC: "Single-round Concurrent Call Volume 1-20" (from the wire schema). */
const CONCURRENCY = rangeOf(ZCreateAgentCruiseDialingCampaignRequest.shape.ConcurrencyNumber);
export const CRUISE_CONCURRENCY_MIN = CONCURRENCY.min;
export const CRUISE_CONCURRENCY_MAX = CONCURRENCY.max;
/** CCC agent accounts are e-mail addresses; longer than this is not an address (RFC 5321). */
const AGENT_MAX = 254;

/** Message keys under "CruiseForm.errors". */
export const CRUISE_FORM_ERRORS = {
  appRequired: "appRequired",
  nameRequired: "nameRequired",
  nameTooLong: "nameTooLong",
  agentRequired: "agentRequired",
  agentNotEmail: "agentNotEmail",
  concurrencyRange: "concurrencyRange",
  timeRequired: "timeRequired",
  startInPast: "startInPast",
  endBeforeStart: "endBeforeStart",
  callOrderRequired: "callOrderRequired",
  uuiTooLong: "uuiTooLong",
} as const;
export type CruiseFormError = keyof typeof CRUISE_FORM_ERRORS;

const E = CRUISE_FORM_ERRORS;

/** Accepts undefined as input (an empty field, so the form can start blank) and refuses it with `message`. */
const requiredNumber = <T extends z.ZodType<number, number>>(schema: T, message: string) =>
  z.union([z.number(), z.undefined()], { error: message }).pipe(schema);

const ZTime = requiredNumber(
  z.number({ error: E.timeRequired }).int(E.timeRequired).nonnegative(E.timeRequired),
  E.timeRequired,
);

/** The fields without the rules that depend on the clock. */
export const ZCruiseCampaignFields = z.strictObject({
  sdkAppId: requiredNumber(z.number({ error: E.appRequired }).pipe(ZSdkAppId), E.appRequired),
  name: z.string().trim().min(1, E.nameRequired).max(CRUISE_NAME_MAX, E.nameTooLong),
  agent: z
    .string()
    .trim()
    .min(1, E.agentRequired)
    .max(AGENT_MAX, E.agentNotEmail)
    .pipe(z.email({ error: E.agentNotEmail })),
  concurrencyNumber: z
    .number({ error: E.concurrencyRange })
    .int(E.concurrencyRange)
    .min(CRUISE_CONCURRENCY_MIN, E.concurrencyRange)
    .max(CRUISE_CONCURRENCY_MAX, E.concurrencyRange),
  startTime: ZTime,
  endTime: ZTime,
  callees: calleesField(),
  callers: callersField(),
  callOrder: z.union([z.literal(0), z.literal(1)], { error: E.callOrderRequired }),
  uui: z.string().max(CRUISE_UUI_MAX, E.uuiTooLong),
});

/** Start strictly after `now`, end strictly after start (CCC refuses an end equal to the start). */
export function checkTimes(now: () => number) {
  return (value: { startTime: number; endTime: number }, ctx: z.RefinementCtx) => {
    if (value.startTime <= now()) ctx.addIssue({ code: "custom", path: ["startTime"], message: E.startInPast });
    if (value.endTime <= value.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: E.endBeforeStart });
    }
  };
}

/** The create form's schema at the clock `now` (Unix seconds, read at each parse). */
export function createCruiseCampaignSchema(now: () => number) {
  return ZCruiseCampaignFields.superRefine(checkTimes(now));
}

export type TCruiseCampaignInput = z.input<typeof ZCruiseCampaignFields>;
export type TCruiseCampaignValues = z.output<typeof ZCruiseCampaignFields>;

type WireValues = { [F in CruiseFormField as (typeof CRUISE_WIRE_NAMES)[F]]: TCruiseCampaignValues[F] };
export type TCruiseCreateRequest = Omit<WireValues, "UUI"> & { UUI?: string };

/** The CCC request for validated form values, field by field through the table; UUI only when given. */
export function toCreateRequest(values: TCruiseCampaignValues): TCruiseCreateRequest {
  // Object.fromEntries loses the key types; the table says each CCC name holds its field's value.
  const { UUI, ...request } = Object.fromEntries(
    CRUISE_FORM_FIELDS.map((field) => [CRUISE_WIRE_NAMES[field], values[field]]),
  ) as WireValues;
  return UUI === "" ? request : { ...request, UUI };
}
