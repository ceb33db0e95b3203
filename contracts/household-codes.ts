// The code lists of the household registry (domain.md §4), shared by the server, the web forms,
// the Excel template and the statistics so one value means one thing everywhere.

export type Label = { zh: string; en: string };

function codeList<const K extends string>(entries: Record<K, Label>) {
  const codes = Object.keys(entries) as K[];
  return { codes: codes as [K, ...K[]], labels: entries };
}

/** 户类型 / 户属性. */
export const householdAttributes = codeList({
  general: { zh: '一般贫困户', en: 'Ordinary poor household' },
  low_income: { zh: '低保贫困户', en: 'Minimum-living-allowance household' },
  extreme: { zh: '特困供养户', en: 'Extreme-poverty support household' },
  non_poor: { zh: '一般农户', en: 'Non-poor household' },
});
export type HouseholdAttribute = (typeof householdAttributes.codes)[number];

/** 致贫原因, the national list; one main cause and any number of secondary ones. */
export const povertyCauses = codeList({
  illness: { zh: '因病', en: 'Illness' },
  disability: { zh: '因残', en: 'Disability' },
  schooling: { zh: '因学', en: 'Schooling costs' },
  disaster: { zh: '因灾', en: 'Disaster' },
  no_land: { zh: '缺土地', en: 'Lack of land' },
  no_water: { zh: '缺水', en: 'Lack of water' },
  no_skills: { zh: '缺技术', en: 'Lack of skills' },
  no_labour: { zh: '缺劳力', en: 'Lack of labour' },
  no_capital: { zh: '缺资金', en: 'Lack of capital' },
  poor_transport: { zh: '交通条件落后', en: 'Poor transport' },
  low_motivation: { zh: '自身发展动力不足', en: 'Lack of motivation' },
});
export type PovertyCause = (typeof povertyCauses.codes)[number];

/** 新识别 → 在册 → 已脱贫; 未识别 when identification was refused; 一般农户 for households only monitored. */
export const householdStatuses = codeList({
  new: { zh: '新识别', en: 'Under identification' },
  registered: { zh: '在册', en: 'Registered' },
  exited: { zh: '已脱贫', en: 'Exited poverty' },
  not_identified: { zh: '未通过识别', en: 'Not identified' },
  non_poor: { zh: '一般农户', en: 'Not a poor household' },
});
export type HouseholdStatus = (typeof householdStatuses.codes)[number];

/** 防返贫动态监测 types. */
export const monitoringTypes = codeList({
  unstable: { zh: '脱贫不稳定户', en: 'Unstable after exit' },
  marginal: { zh: '边缘易致贫户', en: 'Marginal, at risk of poverty' },
  sudden: { zh: '突发严重困难户', en: 'Sudden severe hardship' },
});
export type MonitoringType = (typeof monitoringTypes.codes)[number];

export const monitoringStates = codeList({
  monitoring: { zh: '监测中', en: 'Monitored' },
  risk_removed: { zh: '风险消除', en: 'Risk removed' },
});
export type MonitoringState = (typeof monitoringStates.codes)[number];

/** How a household at risk came to notice. */
export const discoveryChannels = codeList({
  self_report: { zh: '农户自主申报', en: 'Self-report' },
  cadre_visit: { zh: '干部走访排查', en: 'Cadre visit' },
  department_screening: { zh: '部门筛查预警', en: 'Department screening' },
});
export type DiscoveryChannel = (typeof discoveryChannels.codes)[number];

export const relations = codeList({
  householder: { zh: '户主', en: 'Householder' },
  spouse: { zh: '配偶', en: 'Spouse' },
  child: { zh: '子女', en: 'Child' },
  child_in_law: { zh: '儿媳/女婿', en: 'Child-in-law' },
  grandchild: { zh: '孙子女', en: 'Grandchild' },
  parent: { zh: '父母', en: 'Parent' },
  grandparent: { zh: '祖父母', en: 'Grandparent' },
  sibling: { zh: '兄弟姐妹', en: 'Sibling' },
  other: { zh: '其他', en: 'Other' },
});
export type Relation = (typeof relations.codes)[number];

export const healthStates = codeList({
  healthy: { zh: '健康', en: 'Healthy' },
  chronic: { zh: '长期慢性病', en: 'Chronic illness' },
  serious: { zh: '大病', en: 'Serious illness' },
  disabled: { zh: '残疾', en: 'Disabled' },
});
export type HealthState = (typeof healthStates.codes)[number];

export const labourAbilities = codeList({
  skilled: { zh: '技能劳动力', en: 'Skilled labour' },
  normal: { zh: '普通劳动力', en: 'Ordinary labour' },
  weak: { zh: '弱劳动力或半劳动力', en: 'Weak or half labour' },
  lost: { zh: '丧失劳动力', en: 'Lost labour ability' },
  none: { zh: '无劳动力', en: 'No labour ability' },
});
export type LabourAbility = (typeof labourAbilities.codes)[number];

export const schoolings = codeList({
  none: { zh: '未上学', en: 'No schooling' },
  preschool: { zh: '学前教育', en: 'Preschool' },
  primary: { zh: '小学', en: 'Primary' },
  junior: { zh: '初中', en: 'Junior secondary' },
  senior: { zh: '高中', en: 'Senior secondary' },
  vocational: { zh: '中职/技校', en: 'Vocational' },
  college: { zh: '大专及以上', en: 'College or above' },
});
export type Schooling = (typeof schoolings.codes)[number];

/** 两不愁三保障 + 饮水安全. */
export const indicators = codeList({
  food: { zh: '不愁吃', en: 'Enough food' },
  clothing: { zh: '不愁穿', en: 'Enough clothing' },
  education: { zh: '义务教育有保障', en: 'Compulsory education secured' },
  medical: { zh: '基本医疗有保障', en: 'Basic medical care secured' },
  housing: { zh: '住房安全有保障', en: 'Safe housing secured' },
  water: { zh: '饮水安全有保障', en: 'Safe drinking water secured' },
});
export type IndicatorCode = (typeof indicators.codes)[number];

export const indicatorStatuses = codeList({
  met: { zh: '达标', en: 'Met' },
  unmet: { zh: '不达标', en: 'Not met' },
  pending: { zh: '待核', en: 'To verify' },
});
export type IndicatorStatus = (typeof indicatorStatuses.codes)[number];

/** 住房安全等级 (农村危房鉴定): C and D are dangerous. */
export const housingGrades = codeList({
  A: { zh: 'A级（安全）', en: 'Grade A (safe)' },
  B: { zh: 'B级（基本安全）', en: 'Grade B (basically safe)' },
  C: { zh: 'C级危房', en: 'Grade C (dangerous)' },
  D: { zh: 'D级危房', en: 'Grade D (dangerous)' },
});
export type HousingGrade = (typeof housingGrades.codes)[number];

export const measureCategories = codeList({
  industry: { zh: '产业帮扶', en: 'Industry' },
  employment: { zh: '就业帮扶', en: 'Employment' },
  education: { zh: '教育帮扶', en: 'Education' },
  health: { zh: '健康帮扶', en: 'Health' },
  housing: { zh: '住房保障', en: 'Housing' },
  social_security: { zh: '兜底保障', en: 'Social security' },
  finance: { zh: '金融帮扶', en: 'Micro-credit' },
  relocation: { zh: '易地搬迁', en: 'Relocation' },
  other: { zh: '其他', en: 'Other' },
});
export type MeasureCategory = (typeof measureCategories.codes)[number];

export const incomeSources = codeList({
  wage: { zh: '工资性收入', en: 'Wages' },
  business: { zh: '经营性收入', en: 'Production and business' },
  property: { zh: '财产性收入', en: 'Property' },
  transfer: { zh: '转移性收入', en: 'Transfers' },
});
export type IncomeSource = (typeof incomeSources.codes)[number];

/** The household workflows; each is one `household_transitions` row with its own approval. */
export const transitionKinds = codeList({
  identification: { zh: '精准识别', en: 'Identification' },
  exit: { zh: '脱贫退出', en: 'Exit' },
  monitoring: { zh: '纳入监测', en: 'Enter monitoring' },
  risk_removal: { zh: '风险消除', en: 'Risk removal' },
});
export type TransitionKind = (typeof transitionKinds.codes)[number];

export const demandStates = codeList({
  open: { zh: '待分派', en: 'Open' },
  assigned: { zh: '办理中', en: 'Assigned' },
  solved: { zh: '已解决', en: 'Solved' },
  closed: { zh: '不予受理', en: 'Closed without action' },
});
export type DemandState = (typeof demandStates.codes)[number];

export const disputeStates = codeList({
  open: { zh: '待调解', en: 'Open' },
  mediating: { zh: '调解中', en: 'Mediating' },
  resolved: { zh: '已化解', en: 'Resolved' },
  referred: { zh: '已移交', en: 'Referred' },
});
export type DisputeState = (typeof disputeStates.codes)[number];

/** A label in the page's language, or the code itself when it is not in the list. */
export function labelOf<K extends string>(list: { labels: Record<K, Label> }, code: string, locale: 'zh' | 'en' = 'zh'): string {
  return (list.labels as Record<string, Label>)[code]?.[locale] ?? code;
}
