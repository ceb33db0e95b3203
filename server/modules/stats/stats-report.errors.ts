import { defineErrors } from '../../platform/errors/app-error.ts';

export const statsReportErrors = defineErrors({
  REPORT_REGION_INVALID: { status: 400, zh: '月报按县（市、区）出具，也可按市或乡镇出具，不能按村出具', en: 'A monthly report covers a county, a city or a township, not a village' },
  REPORT_REGION_REQUIRED: { status: 400, zh: '请选择出具月报的县（市、区）', en: 'Choose the county of the report' },
  REPORT_MONTH_FUTURE: { status: 400, zh: '月份不能晚于本月', en: 'The month cannot be later than this month' },
});
