import { defineErrors } from '../../platform/errors/app-error.ts';

export const unitErrors = defineErrors({
  UNIT_DIVISION_UNKNOWN: { status: 400, zh: '所在地行政区划不存在', en: 'Unknown division' },
  UNIT_DIVISION_OUT_OF_SCOPE: { status: 403, zh: '只能在本辖区内登记单位', en: 'Register units inside your own region' },
  UNIT_NAME_TAKEN: { status: 409, zh: '同一地区已有同名单位', en: 'A unit of that name already exists there' },
});
