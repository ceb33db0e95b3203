import { defineErrors } from '../../platform/errors/app-error.ts';

export const auditEventErrors = defineErrors({
  AUDIT_EXPORT_TOO_LARGE: {
    status: 400,
    zh: '导出不超过 {limit} 条，当前筛选有 {total} 条，请缩小时间范围或增加筛选条件',
    en: 'At most {limit} events per export ({total} match); narrow the filters',
  },
});
