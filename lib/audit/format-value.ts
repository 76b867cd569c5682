/**
 * Audit values as text in the viewer's language and time zone: the same words on the page (lib/audit's table) and
 * in the CSV export. The caller binds next-intl's translator (namespace `AuditTrail`) and formatter.
 */
import type { AuditField, AuditFieldRow, AuditValue } from "./entry-rows";

type ValueKey =
  | "none"
  | "seconds"
  | "percent"
  | "callOrderInOrder"
  | "callOrderRandom"
  | "skillGroup"
  | "skillGroupUnknown"
  | "yes"
  | "no"
  | "count"
  | "roleAdmin"
  | "roleSupervisor"
  | "roleViewer"
  | "callees"
  | "calleesDelta"
  | "calleesUnknownDelta"
  | "callers"
  | "callersChanged"
  | "callersUnchanged";

export type AuditTextKey = `values.${ValueKey}` | `fields.${AuditField}`;

export interface AuditTextFormatter {
  t: (key: AuditTextKey, values?: Record<string, string | number>) => string;
  /** A Unix time in the viewer's zone, date and time. */
  dateTime: (unixSeconds: number) => string;
  number: (value: number) => string;
}

function calleeText(value: Extract<AuditValue, { kind: "calleeList" }>, f: AuditTextFormatter): string {
  const { total } = value;
  if (value.added === null || value.removed === null) return f.t("values.calleesUnknownDelta", { total });
  return f.t("values.calleesDelta", { total, added: f.number(value.added), removed: f.number(value.removed) });
}

function callerText(value: Extract<AuditValue, { kind: "callerList" }>, f: AuditTextFormatter): string {
  const { total } = value;
  if (value.changed === null) return f.t("values.callers", { total });
  return f.t(value.changed ? "values.callersChanged" : "values.callersUnchanged", { total });
}

const ROLE_KEYS: Record<string, AuditTextKey> = {
  admin: "values.roleAdmin",
  supervisor: "values.roleSupervisor",
  viewer: "values.roleViewer",
};

/** A role's name; a role this console no longer has keeps its stored name. */
function roleText(role: string, f: AuditTextFormatter): string {
  const key = ROLE_KEYS[role];
  return key ? f.t(key) : role;
}

export function formatAuditValue(value: AuditValue, f: AuditTextFormatter): string {
  switch (value.kind) {
    case "none":
      return f.t("values.none");
    case "text":
      return value.text;
    case "other":
      return value.text;
    case "number":
      return f.number(value.value);
    case "time":
      return f.dateTime(value.unix);
    case "seconds":
      return f.t("values.seconds", { value: value.value });
    case "percent":
      return f.t("values.percent", { value: value.value });
    case "callOrder":
      return f.t(value.value === 1 ? "values.callOrderRandom" : "values.callOrderInOrder");
    case "skillGroup":
      return value.name === null
        ? f.t("values.skillGroupUnknown", { id: value.id })
        : f.t("values.skillGroup", { name: value.name, id: value.id });
    case "variables":
      return value.pairs.map((pair) => `${pair.key} = ${pair.value}`).join(", ");
    case "apps":
      return value.ids.join(", ");
    case "role":
      return roleText(value.role, f);
    case "yesNo":
      return f.t(value.value ? "values.yes" : "values.no");
    case "count":
      return f.t("values.count", { count: value.count });
    case "calleeList":
      return calleeText(value, f);
    case "callerList":
      return callerText(value, f);
  }
}

export function formatAuditLabel(label: AuditFieldRow["label"], f: AuditTextFormatter): string {
  return "field" in label ? f.t(`fields.${label.field}`) : label.words;
}

/** One row as a line of text: "Priority: 2 → 1", or "Name: Spring" for a value without a before. */
export function formatAuditRowLine(row: AuditFieldRow, f: AuditTextFormatter): string {
  const label = formatAuditLabel(row.label, f);
  const after = formatAuditValue(row.after, f);
  return row.before ? `${label}: ${formatAuditValue(row.before, f)} → ${after}` : `${label}: ${after}`;
}

/** What next-intl's formatter offers (useFormatter / getFormatter), as far as the audit needs it. */
export interface IntlFormat {
  dateTime: (value: Date, options: { timeZone: string; dateStyle: "medium"; timeStyle: "short" }) => string;
  number: (value: number) => string;
}

/** The formatter for one viewer: their translator (namespace AuditTrail), their locale's formats, their zone. */
export function bindAuditFormatter(
  t: AuditTextFormatter["t"],
  format: IntlFormat,
  timeZone: string,
): AuditTextFormatter {
  return {
    t,
    number: (value) => format.number(value),
    dateTime: (unix) => format.dateTime(new Date(unix * 1000), { timeZone, dateStyle: "medium", timeStyle: "short" }),
  };
}
