/** The look-ups behind the console's pickers: skill groups, staff (agents) and caller numbers. */
import type { HandlerMap } from "./types";
import { includesIgnoringCase, paginate } from "./types";

type DirectoryActions = "DescribeSkillGroupInfoList" | "DescribeStaffInfoList" | "DescribeNumbers";

/** CCC documents InstanceNotExist for these look-ups when the SdkAppId is not yours. */
const INSTANCE_NOT_EXIST = "InvalidParameterValue.InstanceNotExist";

export const directoryHandlers: HandlerMap<DirectoryActions> = {
  DescribeSkillGroupInfoList(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId, INSTANCE_NOT_EXIST);
    const matches = app.skillGroups
      .filter((g) => req.SkillGroupId === undefined || g.SkillGroupId === req.SkillGroupId)
      .filter((g) => !req.SkillGroupName || includesIgnoringCase(g.SkillGroupName, req.SkillGroupName))
      .filter((g) => req.ModifiedTime === undefined || (g.LastModifyTimestamp ?? 0) >= req.ModifiedTime);
    return { TotalCount: matches.length, SkillGroupList: paginate(matches, req.PageNumber, req.PageSize) };
  },

  DescribeStaffInfoList(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId, INSTANCE_NOT_EXIST);
    const mail = req.StaffMail?.toLowerCase();
    const matches = app.staff
      .filter((s) => !mail || s.Mail.toLowerCase() === mail)
      .filter(
        (s) => req.SkillGroupId === undefined || s.SkillGroupList?.some((g) => g.SkillGroupId === req.SkillGroupId),
      )
      .filter((s) => req.ModifiedTime === undefined || (s.LastModifyTimestamp ?? 0) >= req.ModifiedTime);
    return { TotalCount: matches.length, StaffList: paginate(matches, req.PageNumber, req.PageSize) };
  },

  DescribeNumbers(ctx, req) {
    const app = ctx.store.requireApp(req.SdkAppId, INSTANCE_NOT_EXIST);
    return { TotalCount: app.numbers.length, Numbers: paginate(app.numbers, req.PageNumber ?? 0, req.PageSize ?? 20) };
  },
};
