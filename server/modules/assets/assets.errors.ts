import { defineErrors } from '../../platform/errors/app-error.ts';

export const assetErrors = defineErrors({
  DIVIDEND_YEAR_TAKEN: { status: 409, zh: '该股份 {year} 年度的分红已登记', en: 'A dividend for {year} is already recorded for this share' },
  NOT_A_VILLAGE: { status: 400, zh: '请选择本辖区内的村', en: 'Choose a village within your area' },
});
