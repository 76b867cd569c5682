import { z } from "zod";
import { withRoute, ZStreamedBody } from "@/lib/api/guard";
import { parseAuditListParams } from "@/lib/audit/audit-list-params";
import { exportAuditCsv, exportLocale } from "@/lib/audit/export-csv";

// The audit page's filters as its URL spells them; bad values fall back to "no filter" as on the page. `app`
// becomes sdkAppId so withRoute's app scope refuses an app outside the caller's.
const ZExportQuery = z.record(z.string(), z.string()).transform((raw) => {
  const params = parseAuditListParams(raw);
  return { params, ...(params.app === undefined ? {} : { sdkAppId: params.app }) };
});

/** The audit trail's filtered events as CSV, streamed; for the roles that may read the trail, and itself audited. */
export const GET = withRoute(
  { permission: "audit:read", query: ZExportQuery, response: ZStreamedBody },
  async ({ request, user, query, apps }) => {
    const body = await exportAuditCsv({ user, params: query.params, apps, locale: exportLocale(request) });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-${day}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
