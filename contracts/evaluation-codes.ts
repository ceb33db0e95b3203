// The code lists of village analysis, evaluation, publishing and statistics (domain.md §9, §10, §11, §13), shared by the server, the forms and the charts.
import type { Label } from './household-codes.ts';

function codeList<const K extends string>(entries: Record<K, Label>) {
  return { codes: Object.keys(entries) as [K, ...K[]], labels: entries };
}

/** §9 [002]: the factor that most holds a village back. */
export const villageClassCodes = codeList({
  infrastructure: { zh: '基础设施薄弱型', en: 'Weak infrastructure' },
  industry: { zh: '产业发展滞后型', en: 'Lagging industry' },
  organization: { zh: '基层组织软弱涣散型', en: 'Weak village organization' },
  public_services: { zh: '公共服务短缺型', en: 'Short of public services' },
  collective_economy: { zh: '集体经济空壳型', en: 'No collective economy' },
  other: { zh: '其他', en: 'Other' },
});
export type VillageClassCode = (typeof villageClassCodes.codes)[number];

/** §10 [003]: the evidence a rubric item can be computed from, or the people who score it. */
export const rubricMethods = codeList({
  presence_days: { zh: '在村天数（在岗登记）', en: 'Days in the village (presence)' },
  leave: { zh: '请销假', en: 'Leave' },
  inspection_findings: { zh: '督查查岗结果', en: 'Inspection findings' },
  criticisms: { zh: '通报批评（扣分）', en: 'Criticism notices (deduction)' },
  visits: { zh: '走访覆盖', en: 'Visit coverage' },
  diaries: { zh: '民情日记', en: 'Diaries' },
  reports_on_time: { zh: '按时报送月报', en: 'Reports on time' },
  org_life: { zh: '组织生活', en: 'Organizational life' },
  mass_rating: { zh: '群众评议', en: 'Mass evaluation' },
  township_score: { zh: '乡镇党委评分', en: 'Scored by the township' },
  county_score: { zh: '县委组织部评分', en: 'Scored by the county' },
});
export type RubricMethod = (typeof rubricMethods.codes)[number];

/**
 * One rubric item. A computed item earns `maxScore` × the share of its target met; a deduction
 * item (`deductPer` set) starts at `maxScore` and loses `deductPer` per occurrence, never below 0.
 * Items people score accept 0…maxScore.
 */
export type RubricItem = {
  key: string;
  label: string;
  method: RubricMethod;
  maxScore: number;
  /** The quarter's target for a computed item (e.g. 60 days, 100 % of households visited, 12 diaries). */
  target?: number;
  deductPer?: number;
};

export type ScoreSource = 'computed' | 'township' | 'county';

/** What a computed score rests on: the figures it was computed from and links to the records. */
export type ScoreEvidence = {
  figures: Record<string, number | string>;
  links: { label: string; href: string }[];
};

export const evaluationStates = codeList({
  open: { zh: '评分中', en: 'Scoring' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  published: { zh: '已公布', en: 'Published' },
});
export type EvaluationState = (typeof evaluationStates.codes)[number];

export const grades = codeList({
  excellent: { zh: '优秀', en: 'Excellent' },
  competent: { zh: '称职', en: 'Competent' },
  basically_competent: { zh: '基本称职', en: 'Basically competent' },
  incompetent: { zh: '不称职', en: 'Incompetent' },
});
export type Grade = (typeof grades.codes)[number];

/** The 优秀 quota applies per category (e.g. 25 % of first secretaries, 25 % of members). */
export const assessmentCategories = codeList({
  team: { zh: '工作队', en: 'Team' },
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  member: { zh: '队员', en: 'Team member' },
});
export type AssessmentCategory = (typeof assessmentCategories.codes)[number];

export const assessmentStates = codeList({
  open: { zh: '评定中', en: 'Grading' },
  confirmed: { zh: '已确定', en: 'Confirmed' },
});
export type AssessmentState = (typeof assessmentStates.codes)[number];

/** Why a grade was proposed: the quarters' totals, the ledger and the inspections. */
export type GradeBasis = {
  quarterTotals: (number | null)[];
  average: number | null;
  commitmentsDue: number;
  commitmentsKept: number;
  criticisms: number;
  findings: number;
  cappedByTeam?: Grade;
};

export const commitmentStates = codeList({
  open: { zh: '未到期', en: 'Open' },
  kept: { zh: '已兑现', en: 'Kept' },
  not_kept: { zh: '未兑现', en: 'Not kept' },
});
export type CommitmentState = (typeof commitmentStates.codes)[number];

export const satisfactions = codeList({
  satisfied: { zh: '满意', en: 'Satisfied' },
  fairly_satisfied: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
});
export type Satisfaction = (typeof satisfactions.codes)[number];

export const keepOrAdjustChoices = codeList({
  keep: { zh: '建议留任', en: 'Keep the team' },
  adjust: { zh: '建议调整', en: 'Change the team' },
});
export type KeepOrAdjust = (typeof keepOrAdjustChoices.codes)[number];

export const noticeStates = codeList({
  draft: { zh: '草稿', en: 'Draft' },
  issued: { zh: '已下发', en: 'Issued' },
});
export type NoticeState = (typeof noticeStates.codes)[number];

export const newsletterKinds = codeList({
  first_secretary: { zh: '第一书记动态', en: 'First Secretaries’ News' },
  poverty_alleviation: { zh: '扶贫动态', en: 'Poverty Alleviation News' },
});
export type NewsletterKind = (typeof newsletterKinds.codes)[number];

export const newsletterStates = codeList({
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审核', en: 'In review' },
  returned: { zh: '已退回', en: 'Returned' },
  published: { zh: '已发布', en: 'Published' },
});
export type NewsletterState = (typeof newsletterStates.codes)[number];

export type StatsRefreshState = 'running' | 'done' | 'failed';

/** A team's mass evaluation is shown only once this many have rated it, so a few voices cannot be told apart. */
export const massRatingMinCount = 5;

/** §11 [000]: the meetings teams and organization departments hold and record. */
export const meetingKinds = codeList({
  symposium: { zh: '座谈会', en: 'Symposium' },
  exchange: { zh: '工作交流会', en: 'Exchange meeting' },
  promotion: { zh: '工作推进会', en: 'Progress meeting' },
  other: { zh: '其他会议', en: 'Other meeting' },
});
export type MeetingKind = (typeof meetingKinds.codes)[number];

/** What a meeting came to [000]: a decision taken, an opinion raised for the department, an experience shared. */
export const meetingOutcomeKinds = codeList({
  decision: { zh: '议定事项', en: 'Decision' },
  suggestion: { zh: '意见建议', en: 'Suggestion' },
  experience: { zh: '经验交流', en: 'Experience shared' },
});
export type MeetingOutcomeKind = (typeof meetingOutcomeKinds.codes)[number];

/** §11 [000][003]: a standing liaison group, or a chat group the teams keep on a messaging tool. */
export const liaisonGroupKinds = codeList({
  working_group: { zh: '工作联络小组', en: 'Liaison working group' },
  chat_group: { zh: '联络交流群', en: 'Chat group' },
});
export type LiaisonGroupKind = (typeof liaisonGroupKinds.codes)[number];

export const liaisonPlatforms = codeList({
  wechat: { zh: '微信群', en: 'WeChat' },
  qq: { zh: 'QQ群', en: 'QQ' },
  dingtalk: { zh: '政务钉钉', en: 'DingTalk' },
  wecom: { zh: '企业微信', en: 'WeCom' },
  other: { zh: '其他', en: 'Other' },
});
export type LiaisonPlatform = (typeof liaisonPlatforms.codes)[number];

export const liaisonRoles = codeList({
  leader: { zh: '组长单位', en: 'Leading team' },
  deputy: { zh: '副组长单位', en: 'Deputy team' },
  member: { zh: '成员单位', en: 'Member team' },
});
export type LiaisonRole = (typeof liaisonRoles.codes)[number];
