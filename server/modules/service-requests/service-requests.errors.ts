import { defineErrors } from '../../platform/errors/app-error.ts';

export const serviceRequestErrors = defineErrors({
  SERVICE_REQUEST_NO_VILLAGE: { status: 400, zh: '请选择申请代办的村', en: 'Name the village the request is for' },
});
