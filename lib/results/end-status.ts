/**
 * CCC's call end states (TelCdrInfo.EndStatus / EndStatusString, ccc_models.d.ts 4.1.313) and the outcome groups the
 * console counts them in. Pure data: the emulator generates from it and the results pages read it.
 */
export const OUTCOMES = ["answered", "noAnswer", "busy", "rejected", "unreachable", "blocked", "failed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outbound and shared end states: code → [EndStatusString, outcome group]. */
export const END_STATUS: Readonly<Record<number, readonly [string, Outcome]>> = {
  1: ["ok", "answered"],
  100: ["blackList", "blocked"],
  108: ["restrictedCallee", "blocked"],
  109: ["tooManyRequest", "blocked"],
  110: ["restrictedArea", "blocked"],
  111: ["restrictedTime", "blocked"],
  202: ["notAnswer", "noAnswer"],
  203: ["userReject", "rejected"],
  204: ["powerOff", "unreachable"],
  205: ["numberNotExist", "unreachable"],
  206: ["busy", "busy"],
  207: ["outOfCredit", "unreachable"],
  208: ["operatorError", "failed"],
  209: ["callerCancel", "failed"],
  210: ["notInService", "unreachable"],
  211: ["clientError", "failed"],
  212: ["carrierBlocked", "blocked"],
  213: ["callReminder", "unreachable"],
  215: ["numberInvalid", "unreachable"],
  216: ["callRestricted", "blocked"],
  217: ["calleeRestricted", "blocked"],
  218: ["areaRestricted", "blocked"],
  219: ["promptCallForwarding", "unreachable"],
  220: ["callerCancelWhileRing", "noAnswer"],
  221: ["callerCancelWithoutRing", "unreachable"],
  222: ["voiceMailReached", "noAnswer"],
};

/** The outcome group of an end state; codes CCC adds later count as failed rather than vanish. */
export function outcomeOf(endStatus: number | null | undefined): Outcome {
  return (endStatus !== null && endStatus !== undefined && END_STATUS[endStatus]?.[1]) || "failed";
}

export function endStatusString(endStatus: number): string {
  return END_STATUS[endStatus]?.[0] ?? String(endStatus);
}
