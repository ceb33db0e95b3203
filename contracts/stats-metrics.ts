// domain.md §13: the catalog of figures the rollup keeps for every division, shared by the rollup, the dashboard and the monthly report.
import type { Label } from './household-codes.ts';

/**
 * `sum` figures add up from villages to the province; a rate is kept as its two sums and divided
 * when read, so a county's rate weighs its villages by size instead of averaging percentages.
 */
export type MetricDefinition = { label: Label; group: MetricGroup; unit?: string };

export const metricGroups = {
  teams: { zh: '驻村力量', en: 'Teams and cadres' },
  duty: { zh: '在岗管理', en: 'On-duty discipline' },
  households: { zh: '帮扶对象', en: 'Households' },
  work: { zh: '走访与日志', en: 'Field work' },
  projects: { zh: '项目资金', en: 'Projects and funds' },
  outputs: { zh: '建设成效', en: 'Outputs' },
  social: { zh: '社会帮扶与产业', en: 'Social resources and industry' },
  party: { zh: '党建', en: 'Party building' },
  evaluation: { zh: '考核评议', en: 'Evaluation' },
} as const satisfies Record<string, Label>;
export type MetricGroup = keyof typeof metricGroups;

export const metrics = {
  villages: { label: { zh: '行政村', en: 'Villages' }, group: 'teams', unit: '个' },
  villages_with_team: { label: { zh: '有工作队的村', en: 'Villages with a team' }, group: 'teams', unit: '个' },
  teams: { label: { zh: '驻村工作队', en: 'Teams' }, group: 'teams', unit: '支' },
  first_secretaries: { label: { zh: '第一书记', en: 'First secretaries' }, group: 'teams', unit: '人' },
  team_members: { label: { zh: '驻村干部', en: 'Team members' }, group: 'teams', unit: '人' },
  party_members: { label: { zh: '其中党员', en: 'of whom party members' }, group: 'teams', unit: '人' },
  backing_units: { label: { zh: '派出单位', en: 'Backing units' }, group: 'teams', unit: '个' },
  presence_days: { label: { zh: '在村天数（本月）', en: 'Days in the village (this month)' }, group: 'duty', unit: '人天' },
  presence_required_days: { label: { zh: '应在村天数（本月）', en: 'Required days (this month)' }, group: 'duty', unit: '人天' },
  leave_requests: { label: { zh: '请假（本年）', en: 'Leave requests (this year)' }, group: 'duty', unit: '次' },
  inspections: { label: { zh: '督查查岗（本年）', en: 'Inspections (this year)' }, group: 'duty', unit: '次' },
  inspection_findings: { label: { zh: '查岗发现问题', en: 'Findings' }, group: 'duty', unit: '个' },
  criticisms: { label: { zh: '通报批评', en: 'Criticism notices' }, group: 'duty', unit: '次' },
  households: { label: { zh: '帮扶户', en: 'Households' }, group: 'households', unit: '户' },
  persons: { label: { zh: '帮扶人口', en: 'Persons' }, group: 'households', unit: '人' },
  households_monitored: { label: { zh: '监测户', en: 'Monitored households' }, group: 'households', unit: '户' },
  visits: { label: { zh: '走访（本年）', en: 'Visits (this year)' }, group: 'work', unit: '次' },
  households_visited: { label: { zh: '已走访户（本季度）', en: 'Households visited (this quarter)' }, group: 'work', unit: '户' },
  diaries: { label: { zh: '民情日记（本年）', en: 'Diaries (this year)' }, group: 'work', unit: '篇' },
  projects: { label: { zh: '项目', en: 'Projects' }, group: 'projects', unit: '个' },
  projects_completed: { label: { zh: '已完工项目', en: 'Projects completed' }, group: 'projects', unit: '个' },
  project_budget: { label: { zh: '项目资金', en: 'Project funds' }, group: 'projects', unit: '元' },
  funds_paid: { label: { zh: '已拨付资金', en: 'Funds paid' }, group: 'projects', unit: '元' },
  road_km: { label: { zh: '道路', en: 'Roads' }, group: 'outputs', unit: '公里' },
  bridges: { label: { zh: '桥梁', en: 'Bridges' }, group: 'outputs', unit: '座' },
  water_projects: { label: { zh: '饮水工程', en: 'Water projects' }, group: 'outputs', unit: '处' },
  sanitation_projects: { label: { zh: '改水改厕绿化工程', en: 'Sanitation projects' }, group: 'outputs', unit: '项' },
  houses_rebuilt: { label: { zh: '危房改造', en: 'Houses rebuilt' }, group: 'outputs', unit: '户' },
  households_income_up: { label: { zh: '增收户', en: 'Households with higher income' }, group: 'outputs', unit: '户' },
  donations_value: { label: { zh: '捐款捐物', en: 'Donations' }, group: 'social', unit: '元' },
  enterprise_pairings: { label: { zh: '村企结对', en: 'Enterprise pairings' }, group: 'social', unit: '对' },
  cooperatives: { label: { zh: '合作社', en: 'Cooperatives' }, group: 'social', unit: '个' },
  demo_bases: { label: { zh: '示范基地（园）', en: 'Demonstration bases' }, group: 'social', unit: '个' },
  demo_households: { label: { zh: '示范户', en: 'Demonstration households' }, group: 'social', unit: '户' },
  org_life_meetings: { label: { zh: '组织生活（本年）', en: 'Organizational life (this year)' }, group: 'party', unit: '次' },
  temporary_branches: { label: { zh: '临时党支部', en: 'Temporary branches' }, group: 'party', unit: '个' },
  branch_pairings: { label: { zh: '支部结对共建', en: 'Branch pairings' }, group: 'party', unit: '对' },
  campaign_ledger_value: { label: { zh: '结对帮扶台账金额', en: 'Campaign ledger value' }, group: 'party', unit: '元' },
  grade_excellent: { label: { zh: '年度考核优秀', en: 'Graded excellent' }, group: 'evaluation', unit: '人' },
  grade_competent: { label: { zh: '称职', en: 'Competent' }, group: 'evaluation', unit: '人' },
  grade_basically_competent: { label: { zh: '基本称职', en: 'Basically competent' }, group: 'evaluation', unit: '人' },
  grade_incompetent: { label: { zh: '不称职', en: 'Incompetent' }, group: 'evaluation', unit: '人' },
  mass_ratings: { label: { zh: '群众评议票数', en: 'Mass evaluation votes' }, group: 'evaluation', unit: '票' },
  mass_ratings_satisfied: { label: { zh: '其中满意', en: 'of which satisfied' }, group: 'evaluation', unit: '票' },
} as const satisfies Record<string, MetricDefinition>;
export type Metric = keyof typeof metrics;
export const metricKeys = Object.keys(metrics) as Metric[];
