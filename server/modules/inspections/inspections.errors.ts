import { defineErrors } from '../../platform/errors/app-error.ts';

export const inspectionErrors = defineErrors({
  RECTIFICATION_NOT_OPEN: { status: 409, zh: '该整改通知已不在待整改状态，请刷新后查看', en: 'The rectification is no longer open; reload to see it' },
});
