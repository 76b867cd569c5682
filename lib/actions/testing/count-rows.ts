import { count } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { auditEvents, doNotCall, users } from "@/lib/db/schema";

/** Rows in the tables a refused action must not touch. */
export async function countRowsForTest(db: Db): Promise<{ audit: number; users: number; doNotCall: number }> {
  const [[audit], [user], [listed]] = await Promise.all([
    db.select({ n: count() }).from(auditEvents),
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(doNotCall),
  ]);
  return { audit: audit?.n ?? 0, users: user?.n ?? 0, doNotCall: listed?.n ?? 0 };
}
