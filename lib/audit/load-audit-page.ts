/** Reads one page of the audit trail for a viewer: their filters, their apps (all for admins), their zone. */
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { getCccConfig } from "@/lib/ccc/server";
import { pendingLeaseMs } from "@/lib/config/ccc-env";
import { type AuditEvent, getDb, listAuditEvents, listUsers, settleInterruptedAuditEvents } from "@/lib/db";
import { AUDIT_PAGE_SIZE, auditFilterFor, parseAuditListParams, type TAuditListParams } from "./audit-list-params";

export interface AuditPageData {
  params: TAuditListParams;
  rows: AuditEvent[];
  total: number;
  /** For the user filter: id and label of every console user. */
  users: { id: string; label: string }[];
  /** False for admins, who see every app's events and the user administration events. */
  scoped: boolean;
}

export async function loadAuditPage(
  user: SessionUser,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<AuditPageData> {
  const params = parseAuditListParams(searchParams);
  const scoped = user.role !== "admin";
  const filter = auditFilterFor(params, user.timeZone, scoped ? user.sdkAppIds : undefined);
  const db = await getDb();
  // Never show a dead process's call as still in progress: past the lease it is "outcome unknown".
  await settleInterruptedAuditEvents(db, pendingLeaseMs(getCccConfig()));
  const [page, users] = await Promise.all([
    listAuditEvents(db, filter, { limit: AUDIT_PAGE_SIZE, offset: (params.page - 1) * AUDIT_PAGE_SIZE }),
    listUsers(db),
  ]);
  return {
    params,
    rows: page.rows,
    total: page.total,
    users: users.map((u) => ({ id: u.id, label: `${u.displayName} (${u.email})` })),
    scoped,
  };
}
