/**
 * The audit trail's CSV export: every event matching the viewer's filters, newest first, streamed page by page
 * (keyset cursor) so a long trail never sits in memory, in the viewer's language and time zone, with each event's
 * fields as readable "Label: before → after" lines. The export itself is recorded in the trail.
 */
import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import Papa from "papaparse";
import type { SessionUser } from "@/lib/auth/session";
import { type AuditEvent, getDb, listAuditEvents } from "@/lib/db";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { auditFilterFor, auditFilterQuery, type TAuditListParams } from "./audit-list-params";
import { auditEntryRows } from "./entry-rows";
import { type AuditTextFormatter, bindAuditFormatter, formatAuditRowLine } from "./format-value";
import { withAudit } from "./record";
import { loadSkillGroupNames } from "./skill-group-names";

/** Rows read per database round trip (listAuditEvents' maximum). */
export const EXPORT_PAGE_SIZE = 500;

const CATALOGUES = { en, "zh-CN": zhCN } satisfies Record<Locale, unknown>;

/** The request's language, as pages pick it (the locale cookie, else Accept-Language). */
export function exportLocale(request: Request): Locale {
  const cookie = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, request.headers.get("accept-language"));
}

interface CsvWriter {
  header: string[];
  line: (event: AuditEvent, fields: string) => string[];
  formatter: AuditTextFormatter;
}

function csvWriter(locale: Locale, timeZone: string): CsvWriter {
  const messages = CATALOGUES[locale];
  const trail = createTranslator({ locale, messages, namespace: "AuditTrail" });
  const audit = createTranslator({ locale, messages, namespace: "Audit" });
  const format = createFormatter({ locale, timeZone });
  const columns = ["user", "action", "app", "campaign", "outcome", "errorCode", "requestId", "changes"] as const;
  // ISO-like local time with the zone named in the header: sortable in a spreadsheet, unambiguous to a reader.
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" });
  return {
    header: [trail("export.columns.time", { timeZone }), ...columns.map((key) => trail(`export.columns.${key}`))],
    formatter: bindAuditFormatter((key, values) => trail(key, values), format, timeZone),
    line: (event, fields) => [
      time.format(event.at),
      event.userEmail,
      event.action,
      event.sdkAppId === null ? "" : String(event.sdkAppId),
      event.campaignId === null ? "" : String(event.campaignId),
      audit(`outcome.${event.outcome}`),
      event.errorCode ?? "",
      event.cccRequestId ?? "",
      fields,
    ],
  };
}

/** One page of events as CSV lines; fields joined by line breaks inside their quoted cell. */
async function pageToCsv(events: AuditEvent[], writer: CsvWriter, apps: readonly number[]): Promise<string> {
  if (events.length === 0) return "";
  const names = await loadSkillGroupNames(events, apps);
  const lines = events.map((event) =>
    writer.line(
      event,
      auditEntryRows(event, names)
        .map((row) => formatAuditRowLine(row, writer.formatter))
        .join("\n"),
    ),
  );
  return `${Papa.unparse(lines, { newline: "\r\n" })}\r\n`;
}

/**
 * Starts the export: reads the first page, records the export (filters and row count) in the audit trail, then
 * streams the rest. A failure before the first byte becomes the route's error answer.
 */
export async function exportAuditCsv(options: {
  user: SessionUser;
  params: TAuditListParams;
  apps: readonly number[];
  locale: Locale;
}): Promise<ReadableStream<Uint8Array>> {
  const { user, params, apps } = options;
  const filter = auditFilterFor(params, user.timeZone, user.role === "admin" ? undefined : user.sdkAppIds);
  const db = await getDb();
  const first = await listAuditEvents(db, filter, { limit: EXPORT_PAGE_SIZE });
  await withAudit(
    {
      user,
      action: "audit.export",
      sdkAppId: params.app ?? null,
      campaignId: params.campaign ?? null,
      summary: { filters: auditFilterQuery(params).toString(), rowCount: first.total },
    },
    async () => undefined,
  );
  const writer = csvWriter(options.locale, user.timeZone);
  const encoder = new TextEncoder();
  let page: Awaited<ReturnType<typeof listAuditEvents>> | null = first;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark, so spreadsheet programs read the Chinese labels as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([writer.header], { newline: "\r\n" })}\r\n`));
      }
      if (!page) return controller.close();
      controller.enqueue(encoder.encode(await pageToCsv(page.rows, writer, apps)));
      page = page.nextCursor
        ? await listAuditEvents(db, filter, { limit: EXPORT_PAGE_SIZE, after: page.nextCursor })
        : null;
      if (!page) controller.close();
    },
  });
}
