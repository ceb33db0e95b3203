// The code lists of party building and pairing campaigns (domain.md §7, §8), shared by the server, the forms and the statistics.
import type { Label } from './household-codes.ts';

function codeList<const K extends string>(entries: Record<K, Label>) {
  return { codes: Object.keys(entries) as [K, ...K[]], labels: entries };
}

/** Where a temporary branch stands: asked for, approved and working, refused, or dissolved when the teams leave. */
export const branchStatuses = codeList({
  proposed: { zh: '待审批', en: 'Awaiting approval' },
  active: { zh: '已批准', en: 'Approved' },
  refused: { zh: '未批准', en: 'Refused' },
  dissolved: { zh: '已撤销', en: 'Dissolved' },
});
export type BranchStatus = (typeof branchStatuses.codes)[number];

/** Which organization department approves a temporary branch (属地管理 [000]). */
export const approvalLevels = codeList({
  county: { zh: '县委组织部', en: 'County organization department' },
  city: { zh: '市委组织部', en: 'City organization department' },
});
export type ApprovalLevel = (typeof approvalLevels.codes)[number];

/** 组织生活 [004]: the 六个一 meetings and 三会一课. */
export const orgLifeKinds = codeList({
  weekly_study: { zh: '每周学习', en: 'Weekly study' },
  theme_day: { zh: '主题党日', en: 'Theme party day' },
  volunteer_labour: { zh: '志愿义务劳动', en: 'Volunteer labour' },
  member_assembly: { zh: '支部党员大会', en: 'Branch members’ assembly' },
  committee_meeting: { zh: '支委会', en: 'Branch committee meeting' },
  group_meeting: { zh: '党小组会', en: 'Party group meeting' },
  party_lecture: { zh: '党课', en: 'Party lecture' },
  special_meeting: { zh: '专题组织生活会', en: 'Special organizational-life meeting' },
});
export type OrgLifeKind = (typeof orgLifeKinds.codes)[number];

/** The six tasks of a temporary branch [004], used as tags on its records. */
export const branchTasks = codeList({
  policy_publicity: { zh: '政策宣传', en: 'Policy publicity' },
  theory_study: { zh: '理论学习', en: 'Theory study' },
  education_management: { zh: '教育管理', en: 'Education and management' },
  serving_people: { zh: '服务群众', en: 'Serving the people' },
  discipline_supervision: { zh: '纪律监督', en: 'Discipline and supervision' },
  situation_reporting: { zh: '情况反映', en: 'Reporting the situation' },
});
export type BranchTask = (typeof branchTasks.codes)[number];

export const frequencyPeriods = codeList({
  week: { zh: '每周', en: 'Weekly' },
  month: { zh: '每月', en: 'Monthly' },
  quarter: { zh: '每季度', en: 'Quarterly' },
  year: { zh: '每年', en: 'Yearly' },
});
export type FrequencyPeriod = (typeof frequencyPeriods.codes)[number];

/** The 六个一 of [004]. */
export const sixOnesItems = codeList({
  weekly_study: { zh: '每周1次政策理论及业务学习', en: 'A study every week' },
  monthly_theme_day: { zh: '每月1次主题党日活动', en: 'A theme party day every month' },
  monthly_volunteer_labour: { zh: '每月1次志愿义务劳动', en: 'Volunteer labour every month' },
  garden_per_member: { zh: '每名党员建立1个帮扶示范园', en: 'A demonstration garden per party member' },
  household_per_cadre: { zh: '每名干部打造1个帮扶示范户', en: 'A demonstration household per cadre' },
  annual_special_meeting: { zh: '每年1次帮扶专题组织生活', en: 'A special organizational-life meeting each year' },
});
export type SixOnesItem = (typeof sixOnesItems.codes)[number];

/** What a temporary branch reports [004]: 工作开展情况每周通报、驻村工作情况每月向党组报告. */
export const branchReportKinds = codeList({
  weekly_notice: { zh: '每周工作通报', en: 'Weekly notice' },
  monthly_report: { zh: '每月向党组报告', en: 'Monthly report to the party group' },
});
export type BranchReportKind = (typeof branchReportKinds.codes)[number];

/** What a paired organ branch does for a village branch ([001]: 活动室、电脑桌椅、宣传栏). */
export const pairingActivityKinds = codeList({
  venue: { zh: '活动场所建设', en: 'Activity venue' },
  equipment: { zh: '设施设备', en: 'Equipment' },
  publicity: { zh: '党建宣传阵地', en: 'Publicity boards' },
  joint_activity: { zh: '联合组织生活', en: 'Joint organizational life' },
  training: { zh: '培训指导', en: 'Training and guidance' },
  team_building: { zh: '配齐配强村支两委', en: 'Strengthening the village committees' },
  funds: { zh: '资金支持', en: 'Funds' },
  other: { zh: '其他', en: 'Other' },
});
export type PairingActivityKind = (typeof pairingActivityKinds.codes)[number];

/** 红旗党支部 creation, step by step. */
export const redFlagSteps = codeList({
  applied: { zh: '申报创建', en: 'Applied' },
  self_assessed: { zh: '对标自查', en: 'Self-assessed' },
  township_reviewed: { zh: '乡镇党委初审', en: 'Reviewed by the township' },
  county_accepted: { zh: '县委组织部验收', en: 'Accepted by the county' },
  named: { zh: '命名授牌', en: 'Named' },
});
export type RedFlagStep = (typeof redFlagSteps.codes)[number];

/** The five lines of 五千行动 [001]. */
export const campaignLines = codeList({
  branch_village: { zh: '千个支部结对帮千村', en: 'Branches pair with villages' },
  secretary_household: { zh: '千名支部书记牵头帮千户', en: 'Branch secretaries help households' },
  leader_stay: { zh: '千名领导干部进千村蹲点调研', en: 'Leading cadres stay in villages' },
  professional_visit: { zh: '千名专业人才进千村帮难解困', en: 'Professionals solve problems' },
  member_service: { zh: '千名党员进千村服务发展', en: 'Party members serve' },
});
export type CampaignLine = (typeof campaignLines.codes)[number];

export const campaignStatuses = codeList({
  draft: { zh: '筹备中', en: 'Draft' },
  running: { zh: '进行中', en: 'Running' },
  closed: { zh: '已结束', en: 'Closed' },
});
export type CampaignStatus = (typeof campaignStatuses.codes)[number];

/** A task of the allocation plan: open for a branch to claim, or assigned to one, then done. */
export const campaignTaskStates = codeList({
  open: { zh: '待认领', en: 'Open' },
  claimed: { zh: '已认领', en: 'Claimed' },
  assigned: { zh: '已分配', en: 'Assigned' },
  done: { zh: '已完成', en: 'Done' },
});
export type CampaignTaskState = (typeof campaignTaskStates.codes)[number];

/** The outputs a ledger entry records [001]; funds are money and travel apart. */
export const ledgerOutputs = codeList({
  problemsSolved: { zh: '帮助解决问题（个）', en: 'Problems solved' },
  policyItems: { zh: '提供政策和信息支持（条）', en: 'Policy and information items' },
  technicalServices: { zh: '提供技术服务（人次）', en: 'Technical services (person-times)' },
  ideas: { zh: '帮助完善发展思路（条）', en: 'Development ideas' },
  projects: { zh: '帮助谋划、引进和生成项目（个）', en: 'Projects planned or brought in' },
});
export type LedgerOutput = (typeof ledgerOutputs.codes)[number];
