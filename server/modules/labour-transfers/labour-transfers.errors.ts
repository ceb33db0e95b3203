import { defineErrors } from '../../platform/errors/app-error.ts';

export const labourErrors = defineErrors({
  LABOUR_OVERLAP: { status: 409, zh: '该人员在这段时间已有外出务工记录，请修改原记录', en: 'This person already has a work record for that period' },
});
