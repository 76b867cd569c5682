/** Builds the demo state for a list of SdkAppIds. Deterministic: the same ids and seed time give the same state. */
import {
  DEMO_CRUISE,
  DEMO_MAIL_DOMAIN,
  DEMO_NUMBERS,
  DEMO_PREDICTIVE,
  DEMO_SKILL_GROUPS,
  DEMO_STAFF,
} from "./demo-data";
import type { AppState, EmulatorState } from "./schema";

const DAY = 86_400;

/** Ids are laid out per app position: app #0 has skill groups 101…, predictive campaigns 1001…, cruise 1501…. */
export const seededIds = (appIndex: number) => ({
  skillGroup: (k: number) => (appIndex + 1) * 100 + k + 1,
  predictive: (k: number) => (appIndex + 1) * 1000 + k + 1,
  cruise: (k: number) => (appIndex + 1) * 1000 + 500 + k + 1,
});

/** A campaign's demo callees: distinct mainland mobile numbers in E.164. */
export const demoCallees = (campaignId: number, count: number) =>
  Array.from({ length: count }, (_, k) => `+86${13_800_000_000 + campaignId * 10_000 + k}`);

export function seedApp(sdkAppId: number, appIndex: number, seedTime: number): AppState {
  const base = Math.floor(seedTime / 60) * 60;
  const ids = seededIds(appIndex);
  const skillGroups = DEMO_SKILL_GROUPS.map(([name, type, routePolicy, ringAll], k) => ({
    SkillGroupId: ids.skillGroup(k),
    SkillGroupName: name,
    SkillGroupType: type,
    RoutePolicy: routePolicy,
    MaxConcurrency: type === 1 ? 5 : 1,
    LastModifyTimestamp: base - (30 - k) * DAY,
    Alias: name.split(" ")[0] ?? name,
    RingAll: ringAll,
  }));
  const staff = DEMO_STAFF.map(([name, nick, local, roles, groups], k) => ({
    Name: name,
    Mail: `${local}@${DEMO_MAIL_DOMAIN}`,
    Phone: `+86139${String(appIndex * 100 + k).padStart(8, "0")}`,
    Nick: nick,
    StaffNumber: String(1001 + k),
    RoleList: [...roles],
    SkillGroupList: groups.map((g) => ({
      SkillGroupId: ids.skillGroup(g),
      SkillGroupName: DEMO_SKILL_GROUPS[g]?.[0] ?? "",
      Priority: 1,
      Type: DEMO_SKILL_GROUPS[g]?.[1] ?? 0,
    })),
    LastModifyTimestamp: base - (k + 1) * DAY,
    ExtensionNumber: String(8001 + k),
  }));
  const lastDigit = String((8 + appIndex) % 10);
  const numbers = DEMO_NUMBERS.map(([prefix, state, costType, groups]) => ({
    Number: `${prefix}${lastDigit}`,
    CallOutSkillGroupIds: groups.map((g) => ids.skillGroup(g)),
    State: state,
    CostType: costType,
  }));
  const callers = numbers.filter((n) => n.State === 1).map((n) => n.Number);

  const predictiveCampaigns = DEMO_PREDICTIVE.map(({ calleeCount, skillGroup, ...demo }, k) => {
    const CampaignId = ids.predictive(k);
    const StartTime = base + demo.StartTime;
    const EndTime = base + demo.EndTime;
    const createdAt = Math.min(base, StartTime) - DAY;
    return {
      ...demo,
      CampaignId,
      Callees: demoCallees(CampaignId, calleeCount),
      Callers: callers.slice(0, 1 + (k % 2)),
      SkillGroupId: ids.skillGroup(skillGroup),
      StartTime,
      EndTime,
      runningSince: demo.Status === 1 ? StartTime : null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const cruiseCampaigns = DEMO_CRUISE.map(({ calleeCount, staff: staffIndex, ...demo }, k) => {
    const CampaignId = ids.cruise(k);
    const StartTime = base + demo.StartTime;
    const createdAt = Math.min(base, StartTime) - DAY;
    return {
      ...demo,
      CampaignId,
      Agent: staff[staffIndex]?.Mail ?? "",
      Callees: demoCallees(CampaignId, calleeCount),
      Callers: callers.slice(0, 1),
      StartTime,
      EndTime: base + demo.EndTime,
      runningSince: demo.State === 1 ? StartTime : null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  return { SdkAppId: sdkAppId, skillGroups, staff, numbers, predictiveCampaigns, cruiseCampaigns };
}

/** The demo state for every id; created campaigns get ids from 100001 on, clear of every seeded range. */
export function createDemoState(sdkAppIds: readonly number[], seedTime: number): EmulatorState {
  return {
    version: 1,
    nextCampaignId: Math.max(100_001, (sdkAppIds.length + 1) * 1000 + 1),
    apps: sdkAppIds.map((id, index) => seedApp(id, index, seedTime)),
  };
}
