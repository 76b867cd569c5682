/**
 * Skill group names for the audit trail, loaded only for the apps whose events name a skill group, through the
 * shared loader (read cache: one DescribeSkillGroupInfoList per app and window, whoever views). A failure leaves
 * the names out: the row then shows the ID.
 */
import "server-only";
import { loadSkillGroups } from "@/lib/campaigns/predictive/load-skill-groups.server";
import { isCccError } from "@/lib/ccc/errors";
import type { Json } from "@/lib/db";
import { logger } from "@/lib/log";
import { referencesSkillGroups, type SkillGroupNames } from "./entry-rows";

const log = logger.child({ module: "audit" });

async function namesOf(sdkAppId: number): Promise<Map<number, string>> {
  try {
    return new Map((await loadSkillGroups(sdkAppId)).map((group) => [group.id, group.name]));
  } catch (error) {
    if (!isCccError(error)) throw error;
    log.warn({ sdkAppId, code: error.code, requestId: error.requestId }, "skill group names for the audit failed");
    return new Map();
  }
}

/** Names for the skill groups `events` mention, in `apps` (the viewer's configured apps) only. */
export async function loadSkillGroupNames(
  events: readonly { sdkAppId: number | null; summary: Json }[],
  apps: readonly number[],
): Promise<SkillGroupNames> {
  const wanted = new Set<number>();
  for (const event of events) {
    if (event.sdkAppId !== null && apps.includes(event.sdkAppId) && referencesSkillGroups(event.summary)) {
      wanted.add(event.sdkAppId);
    }
  }
  const byApp = new Map(await Promise.all([...wanted].map(async (id) => [id, await namesOf(id)] as const)));
  return (sdkAppId, skillGroupId) => byApp.get(sdkAppId)?.get(skillGroupId) ?? null;
}
