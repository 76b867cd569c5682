/** Agents offered by the cruise form's picker, reduced from DescribeStaffInfoList to what the browser needs. */
import type { TStaff } from "@/lib/ccc/actions/directory";

export interface CruiseAgentOption {
  /** The account e-mail: the value sent as Agent. */
  mail: string;
  name: string;
  staffNumber: string | null;
  skillGroups: string[];
}

export function toAgentOption(staff: TStaff): CruiseAgentOption {
  return {
    mail: staff.Mail,
    name: staff.Name || staff.Nick || staff.Mail,
    staffNumber: staff.StaffNumber ?? null,
    skillGroups: (staff.SkillGroupList ?? []).map((group) => group.SkillGroupName),
  };
}

/** Case-insensitive match on name, e-mail, staff number or a skill group name; every word must match. */
export function matchesAgent(agent: CruiseAgentOption, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [agent.name, agent.mail, agent.staffNumber ?? "", ...agent.skillGroups].join(" ").toLowerCase();
  return words.every((word) => haystack.includes(word));
}
