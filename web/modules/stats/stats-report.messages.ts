import { defineMessages } from '../../platform/i18n.tsx';

export const useStatsReportMessages = defineMessages({
  title: { zh: '月度报告', en: 'Monthly report' },
  subtitle: {
    zh: '按统计汇总生成本地区驻村帮扶工作月报，可下载 PDF 或 Excel；下载记入审计日志',
    en: 'The monthly report of a region from the statistics rollup, as PDF or Excel; downloads are audited',
  },
  region: { zh: '报告地区', en: 'Region' },
  month: { zh: '报告月份', en: 'Month' },
  downloadPdf: { zh: '下载PDF', en: 'Download PDF' },
  downloadXlsx: { zh: '下载Excel', en: 'Download Excel' },
  preview: { zh: '预览', en: 'Preview' },
  rows: { zh: '{count} 个下级地区', en: '{count} regions below' },
});
