import { defineMessages } from '../../platform/i18n.tsx';

export const useProjectStatsMessages = defineMessages({
  title: { zh: '项目资金统计', en: 'Project and fund statistics' },
  subtitle: {
    zh: '按下一级地区汇总项目状态与类别、资金来源（计划、下达、拨付）、项目产出、受益及社会帮扶；点击地区查看下一级',
    en: 'Projects by state and category, funds by source (budgeted, allocated, paid), outputs, beneficiaries and social support, by the next level down; click a region to drill down',
  },
  region: { zh: '统计地区', en: 'Region' },
  regionColumn: { zh: '地区', en: 'Region' },
  total: { zh: '合计', en: 'Total' },
  empty: { zh: '该地区暂无下级行政区划数据', en: 'No divisions below this region yet' },
  noOutputs: { zh: '该地区的项目暂未登记产出', en: 'No outputs recorded for the projects of this region' },
  placeNote: {
    zh: '项目按所在村（首个实施村）计入地区，各行相加等于合计；捐赠、企业、顾问、代办和资产收益按登记的村计入。',
    en: 'A project counts in the region of its first village, so the rows add up to the total; donations, enterprises, advisors, service requests and asset income count where they are recorded.',
  },
  unitsTitle: { zh: '按帮扶单位', en: 'By backing unit' },
  unitsNote: {
    zh: '一个项目计入提出它或为其出资的每个单位，各行不宜相加；金额单位为元。',
    en: 'A project counts for every unit that proposed or funds it, so the rows do not add up; amounts in yuan.',
  },
  unitColumn: { zh: '帮扶单位', en: 'Backing unit' },
  unitsEmpty: { zh: '该地区暂无帮扶单位参与的项目', en: 'No projects backed by a unit in this region' },
  exportUnits: { zh: '导出单位统计', en: 'Export by unit' },
  'unit.projects': { zh: '项目数', en: 'Projects' },
  'unit.villages': { zh: '涉及村数', en: 'Villages' },
  'unit.categories': { zh: '项目类别数', en: 'Categories' },
  'unit.budget': { zh: '申报预算（元）', en: 'Budget (yuan)' },
  'unit.approvedBudget': { zh: '批复预算（元）', en: 'Approved (yuan)' },
  'unit.unitFunds': { zh: '单位自筹（元）', en: 'Own funds (yuan)' },
  'unit.allocated': { zh: '已下达（元）', en: 'Allocated (yuan)' },
  'unit.paid': { zh: '已拨付（元）', en: 'Paid (yuan)' },
  'unit.beneficiaryHouseholds': { zh: '受益户数', en: 'Households' },
  'unit.beneficiaryPersons': { zh: '受益人数', en: 'Persons' },
  outputDone: { zh: '{name}-完成', en: '{name} done' },
});
