// The code lists of projects and funds (domain.md §6), shared by the server, the forms and the statistics.
import type { Label } from './household-codes.ts';

function codeList<const K extends string>(entries: Record<K, Label>) {
  return { codes: Object.keys(entries) as [K, ...K[]], labels: entries };
}

export const projectCategories = codeList({
  road: { zh: '道路', en: 'Road' },
  bridge: { zh: '桥梁', en: 'Bridge' },
  drinking_water: { zh: '饮水工程', en: 'Drinking water' },
  irrigation: { zh: '农田水利', en: 'Irrigation' },
  housing: { zh: '危房改造', en: 'Housing' },
  industry: { zh: '产业发展', en: 'Industry' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫生', en: 'Health' },
  culture: { zh: '文化', en: 'Culture' },
  environment: { zh: '人居环境', en: 'Living environment' },
  party_facilities: { zh: '党建阵地', en: 'Party facilities' },
  relocation: { zh: '易地搬迁', en: 'Relocation' },
  land_consolidation: { zh: '土地整治', en: 'Land consolidation' },
  geological_hazard: { zh: '地质灾害治理', en: 'Geological hazard' },
  other: { zh: '其他', en: 'Other' },
});
export type ProjectCategory = (typeof projectCategories.codes)[number];

export const fundSourceKinds = codeList({
  fiscal: { zh: '财政资金', en: 'Fiscal' },
  unit: { zh: '帮扶单位资金', en: 'Backing unit' },
  enterprise: { zh: '企业资金', en: 'Enterprise' },
  donation: { zh: '社会捐赠', en: 'Donation' },
  other: { zh: '其他', en: 'Other' },
});
export type FundSourceKind = (typeof fundSourceKinds.codes)[number];

/** 项目产出, each with its unit of measure so outputs add up across projects. */
export const outputKinds = codeList({
  road_km: { zh: '道路（公里）', en: 'Road (km)' },
  bridges: { zh: '桥梁（座）', en: 'Bridges' },
  water_projects: { zh: '饮水工程（处）', en: 'Water projects' },
  sanitation_projects: { zh: '环境卫生工程（处）', en: 'Sanitation projects' },
  houses_rebuilt: { zh: '危房改造（户）', en: 'Houses rebuilt' },
  irrigated_mu: { zh: '灌溉面积（亩）', en: 'Irrigated area (mu)' },
  land_mu: { zh: '土地整治（亩）', en: 'Land consolidated (mu)' },
  buildings: { zh: '场所设施（个）', en: 'Buildings and facilities' },
  people_served: { zh: '受益人口（人）', en: 'People served' },
  households_income_up: { zh: '增收户数（户）', en: 'Households with higher income' },
  other: { zh: '其他', en: 'Other' },
});
export type OutputKind = (typeof outputKinds.codes)[number];

export const assetKinds = codeList({
  road: { zh: '道路桥梁', en: 'Road or bridge' },
  water_works: { zh: '水利饮水设施', en: 'Water works' },
  building: { zh: '房屋场所', en: 'Building' },
  equipment: { zh: '设备', en: 'Equipment' },
  shares: { zh: '股权', en: 'Shares' },
  other: { zh: '其他', en: 'Other' },
});
export type AssetKind = (typeof assetKinds.codes)[number];

export const assetConditions = codeList({
  good: { zh: '完好', en: 'Good' },
  needs_repair: { zh: '需维修', en: 'Needs repair' },
  damaged: { zh: '损毁', en: 'Damaged' },
  disposed: { zh: '已处置', en: 'Disposed of' },
});
export type AssetCondition = (typeof assetConditions.codes)[number];

export const serviceRequestKinds = codeList({
  project_application: { zh: '项目申报', en: 'Project application' },
  cooperative_registration: { zh: '合作社登记', en: 'Cooperative registration' },
  trademark_registration: { zh: '商标注册', en: 'Trademark registration' },
  other: { zh: '其他代办', en: 'Other' },
});
export type ServiceRequestKind = (typeof serviceRequestKinds.codes)[number];
