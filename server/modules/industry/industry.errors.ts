import { defineErrors } from '../../platform/errors/app-error.ts';

export const industryErrors = defineErrors({
  NOT_A_VILLAGE: { status: 400, zh: '请选择本辖区内的村', en: 'Choose a village within your area' },
  DEMO_HOUSEHOLD_TAKEN: { status: 409, zh: '该干部已把这户登记为帮扶示范户', en: 'This cadre already has this household as a demonstration household' },
  COOPERATIVE_IN_USE: { status: 409, zh: '该合作社仍有示范基地关联，不能删除', en: 'Demonstration bases still name this cooperative' },
});
