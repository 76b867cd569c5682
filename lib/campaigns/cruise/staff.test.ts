import { describe, expect, it } from "vitest";
import { matchesAgent, toAgentOption } from "./staff";

const staff = {
  Name: "李娜",
  Nick: "Lina",
  Mail: "li.na@example.com",
  StaffNumber: "1001",
  SkillGroupList: [
    { SkillGroupId: 101, SkillGroupName: "外呼销售 Outbound Sales" },
    { SkillGroupId: 103, SkillGroupName: "VIP 客户经理 VIP Account Managers" },
  ],
};

describe("toAgentOption", () => {
  it("keeps name, e-mail, staff number and skill group names", () => {
    expect(toAgentOption(staff)).toEqual({
      mail: "li.na@example.com",
      name: "李娜",
      staffNumber: "1001",
      skillGroups: ["外呼销售 Outbound Sales", "VIP 客户经理 VIP Account Managers"],
    });
  });
  it("falls back to the nick, then the e-mail, when CCC has no name", () => {
    expect(toAgentOption({ ...staff, Name: null }).name).toBe("Lina");
    expect(toAgentOption({ Mail: "x@example.com" })).toEqual({
      mail: "x@example.com",
      name: "x@example.com",
      staffNumber: null,
      skillGroups: [],
    });
  });
});

describe("matchesAgent", () => {
  const agent = toAgentOption(staff);
  it.each(["", "李", "LI.NA", "example.com", "1001", "vip", "outbound 李娜"])("matches %j", (query) => {
    expect(matchesAgent(agent, query)).toBe(true);
  });
  it.each(["wang", "outbound wang", "1002"])("does not match %j", (query) => {
    expect(matchesAgent(agent, query)).toBe(false);
  });
});
