import { defineMessages } from '../../platform/i18n.tsx';

export const useHouseholdStatsMessages = defineMessages({
  title: { zh: '帮扶对象统计', en: 'Household statistics' },
  subtitle: {
    zh: '按下一级地区汇总帮扶对象的状态、致贫原因、监测类型、指标缺口，以及走访、诉求和转移就业；点击地区查看下一级',
    en: 'Households by status, cause, monitoring and indicator gaps, with visits, demands and labour transfer, by the next level down; click a region to drill down',
  },
  region: { zh: '统计地区', en: 'Region' },
  quarter: { zh: '统计季度', en: 'Quarter' },
  quarterOption: { zh: '{year} 年第 {q} 季度', en: 'Q{q} {year}' },
  regionColumn: { zh: '地区', en: 'Region' },
  total: { zh: '合计', en: 'Total' },
  empty: { zh: '该地区暂无下级行政区划数据', en: 'No divisions below this region yet' },
  period: {
    zh: '户数、人数及各项分布为当前登记情况；走访覆盖、诉求和转移就业为 {from} 至 {to}。',
    en: 'Households and their breakdowns as registered now; visits, demands and labour transfer from {from} to {to}.',
  },
  'tab.overview': { zh: '概况', en: 'Overview' },
  'tab.status': { zh: '按状态', en: 'By status' },
  'tab.cause': { zh: '按主要致贫原因', en: 'By main cause' },
  'tab.monitoring': { zh: '按监测类型', en: 'By monitoring type' },
  'tab.indicators': { zh: '指标缺口（不达标户数）', en: 'Indicator gaps (households not met)' },
  count: { zh: '{households} 户 / {persons} 人', en: '{households} hh / {persons} p' },
});
