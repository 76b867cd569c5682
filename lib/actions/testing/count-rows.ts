import { count } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { auditEvents, users } from "@/lib/db/schema";

/** Rows in the tables a refused action must not touch. */
export async function countRowsForTest(db: Db): Promise<{ audit: number; users: number }> {
  const [[audit], [user]] = await Promise.all([
    db.select({ n: count() }).from(auditEvents),
    db.select({ n: count() }).from(users),
  ]);
  return { audit: audit?.n ?? 0, users: user?.n ?? 0 };
}
