import { defineMessages } from '../../platform/i18n.tsx';

export const useDutyStatsMessages = defineMessages({
  title: { zh: '在岗统计', en: 'On-duty statistics' },
  subtitle: {
    zh: '按下一级地区汇总工作队在岗、请销假、督查整改和月报情况；点击地区查看下一级',
    en: 'Teams on duty, leave, inspections and reports by the next level down; click a region to drill down',
  },
  month: { zh: '统计月份', en: 'Month' },
  region: { zh: '统计地区', en: 'Region' },
  regionColumn: { zh: '地区', en: 'Region' },
  total: { zh: '合计', en: 'Total' },
  empty: { zh: '该地区暂无下级行政区划数据', en: 'No divisions below this region yet' },
  required: {
    zh: '本月在村天数最低要求 {days} 天（月内按已过天数折算、中途入队按在队天数折算，经批准的请假逐日抵减）。本表只统计人数与天数，不对干部个人排名。',
    en: 'Minimum days in the village this month: {days} (pro rata while the month runs or for members who joined during it; approved leave counts day for day). Counts only; no ranking of cadres.',
  },
  snapshot: { zh: '整改为截至今日未完成数（含本月及以前督查下达的）；通报批评为本年截至月末。', en: 'Rectifications: still open today (from inspections up to the month end); criticisms: this year to the month end.' },
});
