/**
 * Business rules CCC applies beyond the documented field ranges, shared by the campaign handlers. Which of these
 * the real CCC enforces is not documented; emulator/README.md lists them as the emulator's choices.
 */
import { CALLEE_ATTRIBUTE_LIMITS as ATTRIBUTE_LIMITS } from "../../lib/campaigns/wire-limits";
import { CccError, invalidValue } from "../errors";
import type { AppState } from "../state/schema";

/** E.164 (+8613812345678) or national digits (13812345678, 075586013388). */
const PHONE_NUMBER = /^\+?\d{5,20}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

export function checkCalleeLimit(callees: readonly string[] | undefined, maxCallees: number): void {
  const count = callees?.length ?? 0;
  if (count > maxCallees) {
    throw new CccError(
      "LimitExceeded.OutOfCountLimit",
      `Callees has ${count} numbers; at most ${maxCallees} are allowed per campaign`,
    );
  }
}

export function checkTimes(startTime: number, endTime: number, now: number): void {
  if (endTime <= startTime) throw invalidValue(`EndTime must be later than StartTime (${startTime})`);
  if (endTime <= now) throw invalidValue(`EndTime must be in the future (server time is ${now})`);
}

export function checkCallees(callees: readonly string[] | undefined): void {
  callees?.forEach((callee, i) => {
    if (!PHONE_NUMBER.test(callee)) throw invalidValue(`Callees.${i} "${callee}" is not a phone number`);
  });
}

/** Callers must be numbers of this app in state 1 (normal). */
export function checkCallers(app: AppState, callers: readonly string[] | undefined): void {
  callers?.forEach((caller, i) => {
    const number = app.numbers.find((n) => n.Number === caller);
    if (!number) throw invalidValue(`Callers.${i} "${caller}" is not a number of SdkAppId ${app.SdkAppId}`);
    if (number.State !== 1) {
      throw invalidValue(`Callers.${i} "${caller}" cannot call out (number state ${number.State}, not 1 normal)`);
    }
  });
}

/** Predictive campaigns are routed to a phone skill group (SkillGroupType 0) of the same app. */
export function checkSkillGroup(app: AppState, skillGroupId: number): void {
  const group = app.skillGroups.find((g) => g.SkillGroupId === skillGroupId);
  if (!group) throw invalidValue(`SkillGroupId ${skillGroupId} does not exist in SdkAppId ${app.SdkAppId}`);
  if (group.SkillGroupType !== 0) {
    throw invalidValue(
      `SkillGroupId ${skillGroupId} is not a phone skill group (SkillGroupType ${group.SkillGroupType})`,
    );
  }
}

export function checkAgent(app: AppState, agent: string): void {
  const known = app.staff.some((s) => s.Mail.toLowerCase() === agent.toLowerCase());
  if (!known) throw invalidValue(`Agent ${agent} is not a staff member of SdkAppId ${app.SdkAppId}`);
}

type WireAttribute = { Callee: string; UUI?: string; Variables?: { Key: string; Value: string }[] };

/** One attribute's own limits (CALLEE_ATTRIBUTE_LIMITS, the console's documented choice; CCC documents none). */
function checkAttributeLimits(attribute: WireAttribute, i: number): void {
  const field = `CalleeAttributes.${i}`;
  if (attribute.UUI !== undefined && attribute.UUI.length > ATTRIBUTE_LIMITS.uuiMax) {
    throw invalidValue(`${field}.UUI is longer than ${ATTRIBUTE_LIMITS.uuiMax} characters`);
  }
  const variables = attribute.Variables ?? [];
  if (variables.length > ATTRIBUTE_LIMITS.variablesMax) {
    throw invalidValue(`${field}.Variables has ${variables.length} entries; at most ${ATTRIBUTE_LIMITS.variablesMax}`);
  }
  const keys = new Set<string>();
  variables.forEach((variable, j) => {
    const key = variable.Key;
    if (
      key.length > ATTRIBUTE_LIMITS.variableKeyMax ||
      !ATTRIBUTE_LIMITS.variableKeyPattern.test(key) ||
      keys.has(key)
    ) {
      throw invalidValue(`${field}.Variables.${j}.Key "${key}" is not a valid variable name or is repeated`);
    }
    keys.add(key);
    if (variable.Value.length > ATTRIBUTE_LIMITS.variableValueMax) {
      throw invalidValue(
        `${field}.Variables.${j}.Value is longer than ${ATTRIBUTE_LIMITS.variableValueMax} characters`,
      );
    }
  });
}

/** Each attribute names a callee of the request, once, within the limits. */
export function checkCalleeAttributes(
  attributes: readonly WireAttribute[] | undefined,
  callees: readonly string[],
): void {
  if (!attributes) return;
  const listed = new Set(callees);
  const seen = new Set<string>();
  attributes.forEach((attribute, i) => {
    if (!listed.has(attribute.Callee)) {
      throw invalidValue(`CalleeAttributes.${i}.Callee "${attribute.Callee}" is not in Callees`);
    }
    if (seen.has(attribute.Callee)) {
      throw invalidValue(`CalleeAttributes.${i}.Callee "${attribute.Callee}" is given twice`);
    }
    seen.add(attribute.Callee);
    checkAttributeLimits(attribute, i);
  });
}

export function checkTimeZone(timeZone: string | undefined): void {
  if (timeZone === undefined) return;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw invalidValue(`TimeZone "${timeZone}" is not an IANA time zone such as Asia/Shanghai`);
  }
}

export function checkAvailableTime(windows: readonly { StartTime: string; EndTime: string }[] | undefined): void {
  windows?.forEach((window, i) => {
    for (const key of ["StartTime", "EndTime"] as const) {
      if (!TIME_OF_DAY.test(window[key]))
        throw invalidValue(`AvailableTime.${i}.${key} must be a time of day HH:MM:SS`);
    }
    if (window.EndTime <= window.StartTime) {
      throw invalidValue(`AvailableTime.${i}.EndTime must be later than AvailableTime.${i}.StartTime`);
    }
  });
}
