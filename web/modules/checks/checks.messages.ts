import { defineMessages } from '../../platform/i18n.tsx';

export const useChecksMessages = defineMessages({
  title: { zh: '逻辑审核', en: 'Logic checks' },
  subtitle: {
    zh: '按审核规则实时检查帮扶对象数据，列出每项规则发现的问题户；点击数字查看问题户，点击地区查看下一级',
    en: 'Runs the checks live over the registry; click a count for the households found, a region to drill down',
  },
  region: { zh: '审核地区', en: 'Region' },
  runOn: { zh: '审核日期：{day}（年龄按当日计算）。共发现问题 {total} 条。', en: 'Run on {day} (ages on that day). {total} findings in all.' },
  checksTable: { zh: '审核规则', en: 'Checks' },
  regionsTable: { zh: '按地区', en: 'By region' },
  check: { zh: '审核规则', en: 'Check' },
  explanation: { zh: '说明', en: 'What it means' },
  count: { zh: '问题数', en: 'Findings' },
  regionColumn: { zh: '地区', en: 'Region' },
  total: { zh: '合计', en: 'Total' },
  emptyRegions: { zh: '该地区暂无下级行政区划数据', en: 'No divisions below this region yet' },
  back: { zh: '返回逻辑审核', en: 'Back to the checks' },
  householdCode: { zh: '户编码', en: 'Household code' },
  village: { zh: '村', en: 'Village' },
  householder: { zh: '户主', en: 'Householder' },
  finding: { zh: '审核发现', en: 'Finding' },
  emptyFindings: { zh: '该地区未发现此类问题', en: 'Nothing found in this region' },
  findingsIn: { zh: '{region} · 审核日期 {day}', en: '{region} · run on {day}' },
});
