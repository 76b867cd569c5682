/**
 * An audit event's stored summary as field-by-field rows a person can read: a label key, the value before (for a
 * change) and after, each typed so the page and the CSV export format it the same way (times in the viewer's zone,
 * skill groups by name, callee lists as counts). Pure and browser-safe; the summary shapes it reads are written by
 * withAudit's callers (lib/campaigns/predictive/update-campaign.ts, the create and user actions).
 */
import type { Json } from "@/lib/db/schema";

export type AuditValue =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "time"; unix: number }
  | { kind: "seconds"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "callOrder"; value: number }
  | { kind: "skillGroup"; id: number; name: string | null }
  | { kind: "variables"; pairs: { key: string; value: string }[] }
  | { kind: "apps"; ids: number[] }
  | { kind: "role"; role: string }
  | { kind: "yesNo"; value: boolean }
  | { kind: "count"; count: number }
  /** A callee list: how many numbers, and how many were added and removed (null: the previous list is unknown). */
  | { kind: "calleeList"; total: number; added: number | null; removed: number | null }
  /** The caller numbers: how many, and whether they changed (null: unknown, or not a change). */
  | { kind: "callerList"; total: number; changed: boolean | null }
  | { kind: "other"; text: string };

/** Fields with a translated label (messages `AuditTrail.fields.*`), in the order the table lists them. */
export const AUDIT_FIELDS = [
  "name",
  "email",
  "displayName",
  "role",
  "sdkAppIds",
  "timeZone",
  "agent",
  "skillGroupId",
  "callOrder",
  "priority",
  "concurrencyNumber",
  "expectedAbandonRate",
  "retryTimes",
  "retryInterval",
  "ivrId",
  "startTime",
  "endTime",
  "availableTime",
  "variables",
  "variableCount",
  "uui",
  "uuiLength",
  "callees",
  "calleeAttributeCount",
  "callers",
  "clonedFromCampaignId",
  "filters",
  "rowCount",
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

export interface AuditFieldRow {
  /** A known field (translated label), or an unknown key as readable words. */
  label: { field: AuditField } | { words: string };
  /** Only for changes: the value before. */
  before?: AuditValue;
  after: AuditValue;
}

/** Looks up a skill group's name in an app; null when unknown. */
export type SkillGroupNames = (sdkAppId: number, skillGroupId: number) => string | null;

type Kind = AuditValue["kind"];
const FIELD_KIND: Partial<Record<AuditField, Kind>> = {
  startTime: "time",
  endTime: "time",
  retryInterval: "seconds",
  expectedAbandonRate: "percent",
  callOrder: "callOrder",
  skillGroupId: "skillGroup",
  variables: "variables",
  sdkAppIds: "apps",
  role: "role",
};

// Keys the update summary uses for the lists; they become the callees and callers rows, never rows of their own.
const LIST_KEYS = new Set([
  "calleeCount",
  "calleesAdded",
  "calleesRemoved",
  "previousListsKnown",
  "callerCount",
  "callersChanged",
  "callees",
]);
// Containers of { from, to } changes: the predictive update's `diff`, user.update's `changes`.
const CHANGE_KEYS = new Set(["diff", "changes"]);

const isField = (key: string): key is AuditField => (AUDIT_FIELDS as readonly string[]).includes(key);
const isRecord = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const numberOrNull = (value: Json | undefined) => (typeof value === "number" ? value : null);

/** "clonedFromCampaignId" → "Cloned from campaign id": an unknown key still reads as words, never as code. */
export function keyToWords(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function otherText(value: Json): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => otherText(item)).join(", ");
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([key, item]) => `${keyToWords(key)}: ${otherText(item)}`)
      .join("; ");
  }
  return String(value);
}

function variablePairs(value: Json): { key: string; value: string }[] | null {
  if (!Array.isArray(value)) return null;
  const pairs = value.map((item) =>
    isRecord(item) && typeof item.key === "string" && typeof item.value === "string"
      ? { key: item.key, value: item.value }
      : null,
  );
  return pairs.every((pair) => pair !== null) ? (pairs as { key: string; value: string }[]) : null;
}

/** One stored value as a typed value, by the kind its field has. */
export function toAuditValue(
  field: string,
  value: Json | undefined,
  context: { sdkAppId: number | null; skillGroupName: SkillGroupNames },
): AuditValue {
  if (value === undefined || value === null || value === "") return { kind: "none" };
  const kind = isField(field) ? FIELD_KIND[field] : undefined;
  if (typeof value === "number") {
    if (kind === "skillGroup") {
      const name = context.sdkAppId === null ? null : context.skillGroupName(context.sdkAppId, value);
      return { kind: "skillGroup", id: value, name };
    }
    if (kind === "time") return { kind: "time", unix: value };
    if (kind === "seconds" || kind === "percent" || kind === "callOrder") return { kind, value };
    return { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "yesNo", value };
  if (kind === "role" && typeof value === "string") return { kind: "role", role: value };
  if (typeof value === "string") return { kind: "text", text: value };
  if (kind === "apps" && Array.isArray(value) && value.every((id) => typeof id === "number")) {
    return { kind: "apps", ids: value as number[] };
  }
  if (kind === "variables") {
    const pairs = variablePairs(value);
    if (pairs) return pairs.length === 0 ? { kind: "none" } : { kind: "variables", pairs };
  }
  if (isRecord(value) && typeof value.count === "number" && Object.keys(value).length === 1) {
    return { kind: "count", count: value.count };
  }
  return { kind: "other", text: otherText(value) };
}

const labelOf = (key: string): AuditFieldRow["label"] => (isField(key) ? { field: key } : { words: keyToWords(key) });

/** The callees and callers rows from the list keys of a summary (update or create); none when it has none. */
function listRows(summary: { [key: string]: Json }): AuditFieldRow[] {
  const rows: AuditFieldRow[] = [];
  const known = summary.previousListsKnown !== false;
  // A create stores its list as { count }: every number in it is new.
  const created = isRecord(summary.callees) ? numberOrNull(summary.callees.count) : null;
  if (created !== null) {
    rows.push({
      label: { field: "callees" },
      after: { kind: "calleeList", total: created, added: created, removed: 0 },
    });
  }
  const total = numberOrNull(summary.calleeCount);
  if (total !== null && created === null) {
    const added = known ? numberOrNull(summary.calleesAdded) : null;
    const removed = known ? numberOrNull(summary.calleesRemoved) : null;
    rows.push({ label: { field: "callees" }, after: { kind: "calleeList", total, added, removed } });
  }
  const callers = numberOrNull(summary.callerCount);
  if (callers !== null) {
    const changed = known && typeof summary.callersChanged === "boolean" ? summary.callersChanged : null;
    rows.push({ label: { field: "callers" }, after: { kind: "callerList", total: callers, changed } });
  }
  return rows;
}

const order = (row: AuditFieldRow) =>
  "field" in row.label ? AUDIT_FIELDS.indexOf(row.label.field) : AUDIT_FIELDS.length;

/**
 * The rows of one event: each changed field (before → after), each recorded value of a create or a context field
 * (after only), and the callee/caller lists as counts. Known fields come in AUDIT_FIELDS order, unknown ones last.
 */
export function auditEntryRows(
  event: { sdkAppId: number | null; summary: Json },
  skillGroupName: SkillGroupNames = () => null,
): AuditFieldRow[] {
  const summary = event.summary;
  if (!isRecord(summary)) return [];
  const context = { sdkAppId: event.sdkAppId, skillGroupName };
  const rows: AuditFieldRow[] = [];
  for (const [key, value] of Object.entries(summary)) {
    if (LIST_KEYS.has(key)) continue;
    if (CHANGE_KEYS.has(key) && isRecord(value)) {
      for (const [field, change] of Object.entries(value)) {
        const { from, to } = isRecord(change) ? change : { from: null, to: change };
        rows.push({
          label: labelOf(field),
          before: toAuditValue(field, from, context),
          after: toAuditValue(field, to, context),
        });
      }
      continue;
    }
    rows.push({ label: labelOf(key), after: toAuditValue(key, value, context) });
  }
  const sorted = rows.map((row, index) => ({ row, index }));
  sorted.sort((a, b) => order(a.row) - order(b.row) || a.index - b.index);
  return [...sorted.map(({ row }) => row), ...listRows(summary)];
}

/** The skill group ids an event's rows will name, for loading the names of only the apps that need them. */
export function referencesSkillGroups(summary: Json): boolean {
  if (!isRecord(summary)) return false;
  if ("skillGroupId" in summary) return true;
  return [...CHANGE_KEYS].some((key) => {
    const changes = summary[key];
    return isRecord(changes) && "skillGroupId" in changes;
  });
}
