/**
 * The demo call center every configured SdkAppId starts with: a Shenzhen sales and service team. Offsets are relative
 * to the seed time, so "pending" campaigns are always in the future and "running" ones always started a while ago.
 */
import type { CruiseRecord, PredictiveRecord } from "./schema";

const HOUR = 3600;
const DAY = 86_400;

/** [name, type (0 phone, 1 online, 3 audio, 4 video), route policy, ring all] */
export const DEMO_SKILL_GROUPS = [
  ["外呼销售 Outbound Sales", 0, "Random", false],
  ["售后服务 After-sales Service", 0, "Polling", false],
  ["VIP 客户经理 VIP Account Managers", 0, "Idle", true],
  ["在线客服 Online Support", 1, "Polling", false],
  ["语音机器人 Voice Bot", 3, "Random", false],
  ["视频面签 Video KYC", 4, "Idle", false],
] as const;

/** [name, nick, mail local part, role ids, skill group indexes] */
export const DEMO_STAFF = [
  ["李娜", "Lina", "li.na", [2], [0, 2]],
  ["王伟", "David Wang", "wang.wei", [2], [0]],
  ["张敏", "Zhang Min", "zhang.min", [2], [1]],
  ["Emma Chen", "Emma", "emma.chen", [2], [2, 5]],
  ["刘洋", "Leo Liu", "liu.yang", [2], [0, 1]],
  ["Kevin Zhou", "Kevin", "kevin.zhou", [2], [0, 4]],
  ["陈静", "Jing Chen", "chen.jing", [1, 3], [0, 1, 2]],
  ["黄磊", "Huang Lei", "huang.lei", [2], [3]],
] as const;

export const DEMO_MAIL_DOMAIN = "example.com";

/** [number without the app's last digit, state (1 normal, 2 arrears, 4 admin-disabled, 5 violation), cost type, skill group indexes] */
export const DEMO_NUMBERS = [
  ["008607558601338", 1, 0, [0, 1]],
  ["008607558601339", 1, 0, [0]],
  ["008602161902233", 1, 1, [2]],
  ["008601062530120", 2, 0, [0]],
  ["008602038110450", 4, 0, [1]],
  ["008605718765021", 5, 1, [0]],
] as const;

type PredictiveDemo = Omit<
  PredictiveRecord,
  "CampaignId" | "Callees" | "Callers" | "SkillGroupId" | "runningSince" | "createdAt" | "updatedAt"
> & { calleeCount: number; skillGroup: number };

/** Times are offsets from the seed time; progressBase is the count at the last pause/abort/finish. */
export const DEMO_PREDICTIVE: PredictiveDemo[] = [
  {
    Name: "双十一会员回访 Double 11 member follow-up",
    calleeCount: 480,
    skillGroup: 0,
    CallOrder: 1,
    Priority: 2,
    ExpectedAbandonRate: 10,
    RetryInterval: 600,
    RetryTimes: 1,
    StartTime: 2 * HOUR,
    EndTime: 2 * DAY,
    TimeZone: "Asia/Shanghai",
    AvailableTime: [
      { StartTime: "09:00:00", EndTime: "12:00:00" },
      { StartTime: "14:00:00", EndTime: "18:00:00" },
    ],
    Variables: [{ Key: "campaign", Value: "double11" }],
    UUI: "crm-batch-1111",
    Status: 0,
    StatusReason: 0,
    progressBase: 0,
  },
  {
    Name: "New energy SUV recommendation",
    calleeCount: 1200,
    skillGroup: 0,
    CallOrder: 0,
    Priority: 3,
    ExpectedAbandonRate: 5,
    RetryInterval: 1800,
    IVRId: 4600,
    StartTime: DAY,
    EndTime: 8 * DAY,
    Status: 0,
    StatusReason: 0,
    progressBase: 0,
  },
  {
    Name: "信用卡分期推荐 Card instalment offer",
    calleeCount: 300,
    skillGroup: 2,
    CallOrder: 1,
    Priority: 4,
    ExpectedAbandonRate: 8,
    RetryInterval: 3600,
    RetryTimes: 2,
    StartTime: 3 * DAY,
    EndTime: 10 * DAY,
    Status: 0,
    StatusReason: 0,
    progressBase: 0,
  },
  {
    Name: "618 大促回访 618 promo follow-up",
    calleeCount: 3000,
    skillGroup: 0,
    CallOrder: 0,
    Priority: 1,
    ExpectedAbandonRate: 15,
    RetryInterval: 900,
    RetryTimes: 1,
    StartTime: -HOUR,
    EndTime: 7 * HOUR,
    Status: 1,
    StatusReason: 0,
    progressBase: 0,
  },
  {
    Name: "车险续保提醒 Auto insurance renewal",
    calleeCount: 800,
    skillGroup: 1,
    CallOrder: 1,
    Priority: 3,
    ExpectedAbandonRate: 10,
    RetryInterval: 7200,
    StartTime: -DAY,
    EndTime: 2 * DAY,
    Status: 2,
    StatusReason: 0,
    progressBase: 350,
  },
  {
    Name: "宽带升级外呼 Broadband upgrade",
    calleeCount: 650,
    skillGroup: 0,
    CallOrder: 0,
    Priority: 5,
    ExpectedAbandonRate: 20,
    RetryInterval: 600,
    StartTime: -3 * DAY,
    EndTime: 4 * DAY,
    Status: 3,
    StatusReason: 1,
    progressBase: 120,
  },
  {
    Name: "Q3 满意度调查 Q3 satisfaction survey",
    calleeCount: 1500,
    skillGroup: 1,
    CallOrder: 1,
    Priority: 4,
    ExpectedAbandonRate: 5,
    RetryInterval: 3600,
    RetryTimes: 2,
    StartTime: -10 * DAY,
    EndTime: -3 * DAY,
    Status: 4,
    StatusReason: 2,
    progressBase: 1320,
  },
  {
    Name: "会员积分到期提醒 Points expiry reminder",
    calleeCount: 240,
    skillGroup: 2,
    CallOrder: 0,
    Priority: 2,
    ExpectedAbandonRate: 5,
    RetryInterval: 600,
    StartTime: -20 * DAY,
    EndTime: -15 * DAY,
    Status: 4,
    StatusReason: 0,
    progressBase: 240,
  },
];

type CruiseDemo = Omit<
  CruiseRecord,
  "CampaignId" | "Callees" | "Callers" | "Agent" | "runningSince" | "createdAt" | "updatedAt"
> & {
  calleeCount: number;
  staff: number;
};

export const DEMO_CRUISE: CruiseDemo[] = [
  {
    Name: "李娜 高意向客户回访 High-intent callbacks",
    staff: 0,
    calleeCount: 60,
    ConcurrencyNumber: 3,
    CallOrder: 1,
    StartTime: HOUR,
    EndTime: 5 * HOUR,
    State: 0,
    progressBase: 0,
  },
  {
    Name: "Emma VIP renewal calls",
    staff: 3,
    calleeCount: 120,
    ConcurrencyNumber: 2,
    CallOrder: 0,
    UUI: "vip-q4",
    StartTime: DAY,
    EndTime: DAY + 6 * HOUR,
    State: 0,
    progressBase: 0,
  },
  {
    Name: "王伟 试驾邀约 Test-drive invitations",
    staff: 1,
    calleeCount: 2000,
    ConcurrencyNumber: 3,
    CallOrder: 1,
    StartTime: -20 * 60,
    EndTime: 4 * HOUR,
    State: 1,
    progressBase: 0,
  },
  {
    Name: "张敏 逾期提醒 Overdue reminders",
    staff: 2,
    calleeCount: 500,
    ConcurrencyNumber: 5,
    StartTime: -2 * DAY,
    EndTime: -2 * DAY + 4 * HOUR,
    State: 2,
    progressBase: 480,
  },
  {
    Name: "Kevin 展会邀约 Expo invitations",
    staff: 5,
    calleeCount: 300,
    ConcurrencyNumber: 4,
    CallOrder: 0,
    StartTime: -HOUR,
    EndTime: 3 * HOUR,
    State: 3,
    progressBase: 75,
  },
];
