import { defineErrors } from '../../platform/errors/app-error.ts';

export const villageClassErrors = defineErrors({
  VILLAGE_CLASS_INVALID: { status: 400, zh: '村分类信息有误，请按提示修改', en: 'The village class has invalid fields' },
  VILLAGE_CLASS_EXISTS: { status: 409, zh: '该村 {year} 年度已分类，请修改原分类', en: 'This village is already classed for {year}' },
});
