import { defineErrors } from '../../platform/errors/app-error.ts';

export const presenceErrors = defineErrors({
  PRESENCE_DUPLICATE: { status: 409, zh: '{day} 已登记在村，无需重复登记', en: '{day} is already recorded' },
  PRESENCE_MONTH_CLOSED: { status: 409, zh: '只能撤销本月的在村登记', en: 'Only this month’s records can be taken back' },
});
