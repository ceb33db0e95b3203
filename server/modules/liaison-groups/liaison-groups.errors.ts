import { defineErrors } from '../../platform/errors/app-error.ts';

export const liaisonGroupErrors = defineErrors({
  LIAISON_GROUP_INVALID: { status: 400, zh: '联络小组信息有误，请按提示修改', en: 'The liaison group has invalid fields' },
});
