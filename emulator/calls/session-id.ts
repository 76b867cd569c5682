/**
 * Session ids of generated calls. UUID-shaped like CCC's, but carrying the campaign, its kind and the call's index,
 * so a CDR looked up by SessionId is regenerated instead of stored (100,000 calls cost no memory).
 */
import { hash32 } from "./hash";

export type CallKind = "predictive" | "cruise";
const KIND_CODE: Record<CallKind, string> = { predictive: "0001", cruise: "0002" };
const PATTERN = /^([0-9a-f]{8})-(0001|0002)-4[0-9a-f]{3}-8[0-9a-f]{3}-([0-9a-f]{12})$/;

const hex = (value: number, width: number) => value.toString(16).padStart(width, "0").slice(-width);

export function sessionId(kind: CallKind, campaignId: number, index: number): string {
  const h = hash32(campaignId, index, 7);
  return `${hex(campaignId, 8)}-${KIND_CODE[kind]}-4${hex(h, 3)}-8${hex(h >>> 12, 3)}-${hex(index, 12)}`;
}

export function parseSessionId(id: string): { kind: CallKind; campaignId: number; index: number } | null {
  const match = PATTERN.exec(id);
  if (!match) return null;
  const [, campaign = "", kind, index = ""] = match;
  const parsed = {
    kind: kind === "0001" ? ("predictive" as const) : ("cruise" as const),
    campaignId: Number.parseInt(campaign, 16),
    index: Number.parseInt(index, 16),
  };
  // Only ids this emulator handed out: the hash part must match too.
  return sessionId(parsed.kind, parsed.campaignId, parsed.index) === id ? parsed : null;
}
